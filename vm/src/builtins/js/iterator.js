// Iterator helpers (ES2025): the Iterator constructor, Iterator.from and the lazy
// %IteratorPrototype% methods, written over the iterator protocol.
(function ($) {
  'use strict';
  const call = $.call;
  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }
  function requireCallable(f, what) {
    if (typeof f !== 'function') throw new TypeError(`${String(f)} is not a function`);
    return f;
  }
  function getDirect(obj) {
    if (!isObject(obj)) throw new TypeError('Iterator helper called on non-object');
    return { iterator: obj, next: obj.next };
  }
  function step(rec) {
    const r = call(rec.next, rec.iterator);
    if (!isObject(r)) throw new TypeError(`Iterator result ${String(r)} is not an object`);
    return r;
  }
  function close(rec) {
    const ret = rec.iterator.return;
    if (ret !== undefined && ret !== null) call(ret, rec.iterator);
  }
  function toCount(n, what) {
    const num = +n;
    if (num !== num) throw new RangeError(`${String(n)} must be positive`);
    const int = num === Infinity ? Infinity : num < 0 ? -Math.floor(-num) : Math.floor(num);
    if (int < 0) throw new RangeError(`${String(n)} must be positive`);
    return int;
  }

  // The helper objects are generators over the underlying record; their `return` closes it.
  const HelperPrototype = Object.create(IteratorPrototype);
  function makeHelper(rec, body) {
    const gen = body();
    const helper = Object.create(HelperPrototype);
    $.define(helper, 'next', function next() { return gen.next(); }, 5);
    $.define(helper, 'return', function () { close(rec); return gen.return(undefined); }, 5);
    return helper;
  }
  $.define(HelperPrototype, Symbol.toStringTag, 'Iterator Helper', 4);

  function Iterator() {
    if (new.target === undefined || new.target === Iterator) {
      throw new TypeError('Abstract class Iterator not directly constructable');
    }
  }
  $.define(Iterator, 'prototype', IteratorPrototype, 0);
  $.define(IteratorPrototype, 'constructor', Iterator, 5);
  $.define(IteratorPrototype, Symbol.toStringTag, 'Iterator', 5);
  $.define(globalThis, 'Iterator', Iterator, 5);

  const WrapPrototype = Object.create(IteratorPrototype);
  $.define(Iterator, 'from', function from(o) {
    let iterator = o;
    if (typeof o === 'string' || isObject(o)) {
      const method = o[Symbol.iterator];
      if (method !== undefined && method !== null) iterator = call(method, o);
    } else {
      throw new TypeError(`${String(o)} is not an object`);
    }
    if (Object.prototype.isPrototypeOf.call(IteratorPrototype, iterator)) return iterator;
    const rec = getDirect(iterator);
    const wrapper = Object.create(WrapPrototype);
    $.define(wrapper, 'next', function next() { return step(rec); }, 5);
    $.define(wrapper, 'return', function () {
      const ret = rec.iterator.return;
      return ret === undefined || ret === null ? { value: undefined, done: true } : call(ret, rec.iterator);
    }, 5);
    return wrapper;
  }, 5);

  // Iterator.concat(...items) (ES2026): opens each iterable only when the previous one is done;
  // `return()` closes the one that is open.
  $.define(Iterator, 'concat', function concat(...items) {
    const openers = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isObject(item)) throw new TypeError(`${String(item)} is not an object`);
      const method = item[Symbol.iterator];
      if (method === undefined || method === null) throw new TypeError(`${String(item)} is not iterable`);
      $.arrayPush(openers, [requireCallable(method), item]);
    }
    let open;
    const gen = (function* () {
      for (let i = 0; i < openers.length; i++) {
        const iterator = call(openers[i][0], openers[i][1]);
        if (!isObject(iterator)) throw new TypeError(`Result of the Symbol.iterator method is not an object`);
        open = getDirect(iterator);
        for (;;) {
          const r = step(open);
          if (r.done) break;
          yield r.value;
        }
        open = undefined;
      }
    })();
    const helper = Object.create(HelperPrototype);
    $.define(helper, 'next', function next() { return gen.next(); }, 5);
    $.define(helper, 'return', function () {
      const rec = open;
      open = undefined;
      if (rec !== undefined) close(rec);
      return gen.return(undefined);
    }, 5);
    return helper;
  }, 5);

  const methods = {
    map(mapper) {
      const rec = getDirect(this);
      requireCallable(mapper);
      return makeHelper(rec, function* () {
        let i = 0;
        for (;;) {
          const r = step(rec);
          if (r.done) return;
          yield mapper(r.value, i++);
        }
      });
    },
    filter(predicate) {
      const rec = getDirect(this);
      requireCallable(predicate);
      return makeHelper(rec, function* () {
        let i = 0;
        for (;;) {
          const r = step(rec);
          if (r.done) return;
          if (predicate(r.value, i++)) yield r.value;
        }
      });
    },
    take(limit) {
      const rec = getDirect(this);
      let remaining = toCount(limit);
      return makeHelper(rec, function* () {
        for (;;) {
          if (remaining === 0) { close(rec); return; }
          if (remaining !== Infinity) remaining--;
          const r = step(rec);
          if (r.done) return;
          yield r.value;
        }
      });
    },
    drop(limit) {
      const rec = getDirect(this);
      let remaining = toCount(limit);
      return makeHelper(rec, function* () {
        while (remaining > 0) {
          if (remaining !== Infinity) remaining--;
          if (step(rec).done) return;
        }
        for (;;) {
          const r = step(rec);
          if (r.done) return;
          yield r.value;
        }
      });
    },
    flatMap(mapper) {
      const rec = getDirect(this);
      requireCallable(mapper);
      return makeHelper(rec, function* () {
        let i = 0;
        for (;;) {
          const r = step(rec);
          if (r.done) return;
          const inner = mapper(r.value, i++);
          if (!isObject(inner) && typeof inner !== 'string') throw new TypeError('flatMap mapper must return an iterable or iterator');
          yield* Iterator.from(inner);
        }
      });
    },
    reduce(reducer, ...init) {
      const rec = getDirect(this);
      requireCallable(reducer);
      let acc;
      let i = 0;
      if (init.length === 0) {
        const first = step(rec);
        if (first.done) throw new TypeError('Reduce of empty iterator with no initial value');
        acc = first.value;
        i = 1;
      } else {
        acc = init[0];
      }
      for (;;) {
        const r = step(rec);
        if (r.done) return acc;
        acc = reducer(acc, r.value, i++);
      }
    },
    toArray() {
      const rec = getDirect(this);
      const out = [];
      for (;;) {
        const r = step(rec);
        if (r.done) return out;
        $.arrayPush(out, r.value);
      }
    },
    forEach(fn) {
      const rec = getDirect(this);
      requireCallable(fn);
      let i = 0;
      for (;;) {
        const r = step(rec);
        if (r.done) return undefined;
        fn(r.value, i++);
      }
    },
    some(predicate) {
      const rec = getDirect(this);
      requireCallable(predicate);
      let i = 0;
      for (;;) {
        const r = step(rec);
        if (r.done) return false;
        if (predicate(r.value, i++)) { close(rec); return true; }
      }
    },
    every(predicate) {
      const rec = getDirect(this);
      requireCallable(predicate);
      let i = 0;
      for (;;) {
        const r = step(rec);
        if (r.done) return true;
        if (!predicate(r.value, i++)) { close(rec); return false; }
      }
    },
    find(predicate) {
      const rec = getDirect(this);
      requireCallable(predicate);
      let i = 0;
      for (;;) {
        const r = step(rec);
        if (r.done) return undefined;
        if (predicate(r.value, i++)) { close(rec); return r.value; }
      }
    },
  };
  for (const name of Object.keys(methods)) $.define(IteratorPrototype, name, methods[name], 5);
});
