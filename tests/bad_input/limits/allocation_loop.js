// Bounded on purpose: an engine that ignores --max-heap-mb still stops (after a few hundred MB) and
// exits 0, which fails this test without endangering the machine.
console.log("start");
const hoard = [];
for (let i = 0; i < 200000; i++) {
  hoard.push(new Array(100).fill(i));
}
console.log("allocated everything?!", hoard.length);
