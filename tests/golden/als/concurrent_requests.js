const { AsyncLocalStorage } = require("node:async_hooks");
const requestContext = new AsyncLocalStorage();
const sleep = ms => new Promise(r => setTimeout(r, ms));
function log(msg) {
  const ctx = requestContext.getStore();
  console.log(`[${ctx ? ctx.id : "-"}] ${msg}`);
}
async function db(query, ms) {
  await sleep(ms);
  log(`db: ${query}`);
  return query.length;
}
async function handle(id, delays) {
  return requestContext.run({ id }, async () => {
    log("begin");
    const a = await db(`select ${id}`, delays[0]);
    const b = await db(`update ${id}`, delays[1]);
    log(`end ${a + b}`);
    return id;
  });
}
Promise.all([handle("req1", [10, 100]), handle("req2", [20, 5]), handle("req3", [1, 200])]).then(ids => {
  log(`all done: ${ids}`);
});
