// Promise reaction jobs: one long .then chain plus many short independent chains. Prints a checksum.
const LENGTH = 100000;
const CHAINS = 2000;
let p = Promise.resolve(0);
for (let i = 0; i < LENGTH; i++) p = p.then(v => (v + i) % 1000003);
const short = [];
for (let c = 0; c < CHAINS; c++) {
  short.push(Promise.resolve(c).then(v => v * 2).then(v => v + 1).then(v => v % 97));
}
Promise.all([p, ...short]).then(values => {
  const checksum = values.reduce((a, b) => (a + b) % 1000003, 0);
  console.log("promise_chain checksum", checksum);
});
