async function* ticker(n) {
  for (let i = 0; i < n; i++) {
    await new Promise(r => setTimeout(r, 2));
    yield i;
  }
}
async function main() {
  for await (const t of ticker(3)) console.log("tick", t);
  for await (const v of [Promise.resolve("p1"), "plain", Promise.resolve("p2")]) console.log("array item", v);
  const gen = ticker(5);
  console.log(await gen.next(), await gen.return("early"), await gen.next());
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return { next: async () => ({ value: i, done: i++ >= 2 }) };
    },
  };
  for await (const c of custom) console.log("custom", c);
  const collected = [];
  for await (const x of ticker(4)) {
    if (x === 2) break;
    collected.push(x);
  }
  console.log(collected);
  console.log(await Array.fromAsync(ticker(3)));
}
main();
