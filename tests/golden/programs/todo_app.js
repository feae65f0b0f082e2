class TodoList {
  #nextId = 1;
  items = [];
  add(title, tags = []) {
    const item = { id: this.#nextId++, title, done: false, tags };
    this.items.push(item);
    return item;
  }
  complete(id) {
    const item = this.items.find(i => i.id === id);
    if (!item) throw new Error(`no todo #${id}`);
    item.done = true;
  }
  get pending() {
    return this.items.filter(i => !i.done);
  }
  byTag() {
    return this.items.reduce((acc, item) => {
      for (const tag of item.tags) (acc[tag] ??= []).push(item.title);
      return acc;
    }, {});
  }
}
const list = new TodoList();
list.add("write parser", ["code"]);
list.add("write tests", ["code", "qa"]);
list.add("buy milk");
list.complete(2);
try {
  list.complete(9);
} catch (e) {
  console.log(e.message);
}
console.log(list.pending.map(i => i.title));
console.log(list.byTag());
const saved = JSON.stringify(list);
console.log(saved);
console.log(JSON.parse(saved).items.filter(i => i.done).length);
