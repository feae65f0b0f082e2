class LRUCache {
  #max;
  #map = new Map();
  constructor(max) {
    this.#max = max;
  }
  get(key) {
    if (!this.#map.has(key)) return undefined;
    const value = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }
  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) this.#map.delete(this.#map.keys().next().value);
    return this;
  }
  get keys() {
    return [...this.#map.keys()];
  }
}
const cache = new LRUCache(3);
cache.set("a", 1).set("b", 2).set("c", 3);
cache.get("a");
cache.set("d", 4);
console.log(cache.keys, cache.get("b"), cache.get("a"));
