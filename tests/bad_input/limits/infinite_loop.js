console.log("start");
let i = 0;
while (true) {
  i++;
}
