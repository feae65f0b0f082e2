let count = 1;
console.log(count);
let count = 2;
