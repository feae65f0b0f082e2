let loads = (globalThis.__mathLoads || 0) + 1;
globalThis.__mathLoads = loads;
function add(a, b) {
  return a + b;
}
module.exports = { add, PI: 3.14, loads };
module.exports.square = x => x * x;
