let out = "";
for (let i = 0; i < 5; i++) {
  out += i;
}
console.log(out);
const parts = [];
for (const word of ["the", "quick", "brown", "fox"]) {
  parts.push(word[0].toUpperCase() + word.slice(1));
}
console.log(parts.join(" "));
const counts = {};
for (const ch of "mississippi") {
  counts[ch] = (counts[ch] || 0) + 1;
}
console.log(counts);
console.log("a" + 1 + 2, 1 + 2 + "a", "x".repeat(0) === "");
