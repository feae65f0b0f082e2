const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
async function main() {
  console.log(await Promise.all([delay(30, "a"), delay(10, "b"), "plain"]));
  try {
    await Promise.all([delay(20, "ok"), delay(10, "all failed", true)]);
  } catch (e) {
    console.log("all rejected:", e.message);
  }
  const settled = await Promise.allSettled([delay(10, "yes"), delay(5, "no", true), 3]);
  console.log(settled.map(s => (s.status === "fulfilled" ? `ok:${s.value}` : `err:${s.reason.message}`)));
  console.log(await Promise.race([delay(40, "slow"), delay(15, "fast")]));
  console.log(await Promise.any([delay(5, "x", true), delay(25, "any winner"), delay(35, "later")]));
  try {
    await Promise.any([delay(5, "e1", true), Promise.reject(new Error("e2"))]);
  } catch (e) {
    console.log(e.constructor.name, e.errors.map(x => x.message));
  }
  console.log(await Promise.all([]), await Promise.allSettled([]));
  const { promise, resolve } = Promise.withResolvers();
  setTimeout(() => resolve("resolved later"), 5);
  console.log(await promise);
  console.log(await Promise.try(() => "try sync"));
}
main();
