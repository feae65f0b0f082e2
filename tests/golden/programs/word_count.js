const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness`;
const counts = new Map();
for (const word of text.toLowerCase().match(/[a-z']+/g)) {
  counts.set(word, (counts.get(word) ?? 0) + 1);
}
const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
for (const [word, n] of top) console.log(word.padEnd(8), "#".repeat(n), n);
console.log(`${counts.size} distinct words, ${[...counts.values()].reduce((a, b) => a + b)} total`);
