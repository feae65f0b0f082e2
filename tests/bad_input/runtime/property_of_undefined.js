const users = [{ name: "ann" }];
function nameOf(index) {
  return users[index].name;
}
console.log(nameOf(0));
console.log(nameOf(1));
