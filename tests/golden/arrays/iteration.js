const arr = ["a", "b", "c"];
for (const x of arr) console.log("of", x);
for (const i in arr) console.log("in", i, typeof i);
for (const [i, x] of arr.entries()) console.log(i, x);
arr.forEach((x, i) => console.log("forEach", i, x));
const matrix = [[1, 2], [3, 4]];
console.log(matrix.map(row => row.map(v => v * v)));
console.log(matrix[1][0], matrix.length, matrix.flat().reduce((a, b) => a + b));
