// AsyncContext spec: AsyncGeneratorStart captures the mapping at creation ("init"); awaits inside
// the body resume in the mapping current at the await (PerformPromiseThen), so every line prints init.
const v = new AsyncContext.Variable();
async function* gen() {
  print('a', v.get());
  await Promise.resolve();
  print('b', v.get());
  yield 1;
  print('c', v.get());
  await Promise.resolve();
  print('d', v.get());
}
let g;
v.run('init', () => { g = gen(); });
(async () => {
  await v.run('first', async () => { const r = await g.next(); print('r1', r.value, r.done); });
  await v.run('second', async () => { const r = await g.next(); print('r2', r.value, r.done); });
  print('done');
})();
