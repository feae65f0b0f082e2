let i = 0;
while (i < 3) i++;
let j = 10;
do j++; while (j < 5);
console.log(i, j);
const out = [];
for (let a = 0, b = 10; a < b; a += 3, b -= 3) out.push([a, b]);
console.log(out);
for (const key in { x: 1, y: 2, __proto__: { inherited: 3 } }) console.log("key", key);
const order = { b: 1, 2: "two", a: 2, 1: "one" };
console.log(Object.keys(order).join());
let total = 0;
for (let k = 0; k < 100; k++) {
  if (k % 2) continue;
  if (k > 10) break;
  total += k;
}
console.log(total);
