const name = "minijs";
const n = 3;
console.log(`Hello ${name}, ${n} + ${n} = ${n + n}`);
console.log(`multi
line`);
console.log(`nested ${`inner ${n > 2 ? "big" : "small"}`}`);
function tag(strings, ...values) {
  return strings.raw.map((s, i) => s + (i < values.length ? `[${values[i]}]` : "")).join("");
}
console.log(tag`a${1}b${2}c\n`);
console.log(String.raw`C:\new\table ${n}`);
console.log(`${[1, 2, 3]} ${{}} ${null} ${undefined} ${true}`);
const obj = { toString() { return "custom"; } };
console.log(`${obj}`);
