const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function fetchUser(id) {
  await sleep(5);
  if (id < 0) throw new Error(`bad id ${id}`);
  return { id, name: `user${id}` };
}
async function main() {
  const u = await fetchUser(1);
  console.log("got", u);
  try {
    await fetchUser(-1);
  } catch (e) {
    console.log("caught", e.message);
  }
  const both = await Promise.all([fetchUser(2), fetchUser(3)]);
  console.log(both.map(x => x.name));
  const value = await 42;
  console.log("awaited plain value", value);
  const thenable = await { then(resolve) { resolve("from thenable"); } };
  console.log(thenable);
  return "main done";
}
main().then(r => console.log(r));
console.log("main started");
