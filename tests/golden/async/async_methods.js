class Repo {
  #items = ["a", "b"];
  async list() {
    await null;
    return [...this.#items];
  }
  static async create() {
    const r = new Repo();
    await r.list();
    return r;
  }
  async *stream() {
    for (const i of this.#items) yield i.toUpperCase();
  }
}
(async () => {
  const repo = await Repo.create();
  console.log(await repo.list());
  for await (const s of repo.stream()) console.log(s);
  const arrow = async x => x * 2;
  console.log(await arrow(21), arrow.constructor.name, (async function () {}).constructor.name);
  const results = [];
  await Promise.all([3, 1, 2].map(async n => {
    await new Promise(r => setTimeout(r, n * 5));
    results.push(n);
  }));
  console.log(results);
  for (const n of [3, 1, 2]) {
    await new Promise(r => setTimeout(r, n));
    results.push(n * 10);
  }
  console.log(results);
})();
