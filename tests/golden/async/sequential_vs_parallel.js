const order = [];
const task = (name, ms) =>
  new Promise(resolve =>
    setTimeout(() => {
      order.push(name);
      resolve(name);
    }, ms),
  );
async function sequential() {
  await task("s1", 20);
  await task("s2", 5);
}
async function parallel() {
  await Promise.all([task("p1", 20), task("p2", 5)]);
}
(async () => {
  await sequential();
  await parallel();
  console.log(order.join(","));
})();
