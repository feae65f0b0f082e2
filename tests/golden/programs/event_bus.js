class EventBus {
  #handlers = new Map();
  on(event, handler) {
    if (!this.#handlers.has(event)) this.#handlers.set(event, new Set());
    this.#handlers.get(event).add(handler);
    return () => this.#handlers.get(event).delete(handler);
  }
  once(event, handler) {
    const off = this.on(event, (...args) => {
      off();
      handler(...args);
    });
  }
  emit(event, ...args) {
    for (const h of [...(this.#handlers.get(event) ?? [])]) h(...args);
  }
}
const bus = new EventBus();
const off = bus.on("msg", m => console.log("A got", m));
bus.on("msg", m => console.log("B got", m));
bus.once("msg", m => console.log("once got", m));
bus.emit("msg", 1);
off();
bus.emit("msg", 2);
bus.emit("none");
