// async/await suspension and resumption: many awaits in a loop, across several concurrent tasks.
async function worker(id, rounds) {
  let acc = id;
  for (let i = 0; i < rounds; i++) {
    acc = (acc * 31 + (await i)) % 1000003;
  }
  return acc;
}
async function main() {
  const results = await Promise.all(Array.from({ length: 10 }, (_, id) => worker(id, 20000)));
  console.log("await_loop checksum", results.reduce((a, b) => (a + b) % 1000003, 0));
}
main();
