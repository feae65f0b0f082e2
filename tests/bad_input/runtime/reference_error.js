function report() {
  console.log(missingVariable);
}
report();
