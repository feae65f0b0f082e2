// Self-hosted built-ins: the parts of Map, Set, WeakMap and WeakSet that call user code —
// filling from an iterable, forEach, Map.groupBy and the ES2025 set methods. Storage and
// the plain methods are native (`collections.rs`, natives via `$.helper('collectionNatives')`).
(function ($) {
  'use strict';
  const C = $.helper('collectionNatives');
  const N = $.helper('objectNatives');
  const call = $.call;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }
  function describe(v) {
    if (typeof v === 'string') return `"${v}"`;
    if (typeof v === 'symbol') return 'Symbol()';
    if (typeof v === 'function') return v.name || 'function';
    if (isObject(v)) return '#<Object>';
    return `${v}`;
  }

  // V8's message when a built-in (not syntax) finds no Symbol.iterator method: primitives
  // other than symbols show their type and value, everything else only its type.
  function builtinNotIterable(v) {
    const t = typeof v;
    const what = v === undefined || v === null ? `${v}` : t === 'number' || t === 'boolean' || t === 'bigint' ? `${t} ${v}` : t;
    return new TypeError(`${what} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }

  // The constructors' AddEntriesFromIterable / the adder loop.
  $.register('collectionFill', function collectionFill(target, iterable, pairs) {
    const name = pairs ? 'set' : 'add';
    const adder = target[name];
    if (typeof adder !== 'function') {
      throw new TypeError(`'${describe(adder)}' returned for property '${name}' of object '#<${N.kindOf(target)}>' is not a function`);
    }
    const method = iterable[$.symbolIterator];
    if (typeof method !== 'function') throw builtinNotIterable(iterable);
    for (const item of { [$.symbolIterator]: () => call(method, iterable) }) {
      if (pairs) {
        if (!isObject(item)) throw new TypeError(`Iterator value ${describe(item)} is not an entry object`);
        call(adder, target, item[0], item[1]);
      } else {
        call(adder, target, item);
      }
    }
    return target;
  });

  function brand(o, kind, method) {
    if (N.kindOf(o) !== kind) {
      throw new TypeError(`Method ${kind}.prototype.${method} called on incompatible receiver ${describe(o)}`);
    }
  }

  const MapMethods = {
    forEach(callbackfn) {
      brand(this, 'Map', 'forEach');
      if (typeof callbackfn !== 'function') throw new TypeError(`${describe(callbackfn)} is not a function`);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      let i = 0;
      for (;;) {
        const e = C.entryFrom(this, i);
        if (e === undefined) return undefined;
        i = e[0];
        call(callbackfn, thisArg, e[2], e[1], this);
      }
    },
  };
  $.define(Map.prototype, 'forEach', MapMethods.forEach, 5);

  // getOrInsert / getOrInsertComputed (the "upsert" methods) for Map and WeakMap.
  function upsertMethods(kind) {
    function checkKey(key) {
      if (kind === 'WeakMap' && !C.canBeHeldWeakly(key)) throw new TypeError('Invalid value used as weak map key');
      return key === 0 ? 0 : key;
    }
    return {
      getOrInsert(key, value) {
        brand(this, kind, 'getOrInsert');
        key = checkKey(key);
        if (C.rawHas(this, key)) return C.rawGet(this, key);
        C.rawSet(this, key, value);
        return value;
      },
      getOrInsertComputed(key, callbackfn) {
        brand(this, kind, 'getOrInsertComputed');
        if (kind === 'Map' && typeof callbackfn !== 'function') throw new TypeError(`${describe(callbackfn)} is not a function`);
        key = checkKey(key);
        if (typeof callbackfn !== 'function') throw new TypeError(`${describe(callbackfn)} is not a function`);
        if (C.rawHas(this, key)) return C.rawGet(this, key);
        const value = callbackfn(key);
        C.rawSet(this, key, value);
        return value;
      },
    };
  }
  const mapUpsert = upsertMethods('Map');
  $.define(Map.prototype, 'getOrInsert', mapUpsert.getOrInsert, 5);
  $.define(Map.prototype, 'getOrInsertComputed', mapUpsert.getOrInsertComputed, 5);
  const weakUpsert = upsertMethods('WeakMap');
  $.define(WeakMap.prototype, 'getOrInsert', weakUpsert.getOrInsert, 5);
  $.define(WeakMap.prototype, 'getOrInsertComputed', weakUpsert.getOrInsertComputed, 5);

  const MapStatics = {
    groupBy(items, callback) {
      if (items === undefined || items === null) throw new TypeError('Map.groupBy called on null or undefined');
      if (typeof callback !== 'function') throw new TypeError(`${describe(callback)} is not a function`);
      const map = C.newMap();
      let k = 0;
      for (const value of items) {
        let key = callback(value, k);
        k++;
        if (key === 0) key = 0;
        const group = C.rawGet(map, key);
        if (group === undefined && !C.rawHas(map, key)) C.rawSet(map, key, [value]);
        else $.arrayPush(group, value);
      }
      return map;
    },
  };
  $.define(Map, 'groupBy', MapStatics.groupBy, 5);

  // ---- Set ---------------------------------------------------------------------------------

  function toIntegerOrInfinity(n) {
    if (n !== n || n === 0) return 0;
    if (n === Infinity || n === -Infinity) return n;
    return n - (n % 1);
  }

  // GetSetRecord
  function getSetRecord(obj) {
    if (!isObject(obj)) throw new TypeError(`${describe(obj)} is not an object`);
    const rawSize = obj.size;
    const numSize = +rawSize;
    if (numSize !== numSize) throw new TypeError("The 'size' property must be a number");
    const intSize = toIntegerOrInfinity(numSize);
    if (intSize < 0) throw new RangeError("'size' must be non-negative");
    const has = obj.has;
    if (typeof has !== 'function') throw new TypeError("The 'has' property must be a function");
    const keys = obj.keys;
    if (typeof keys !== 'function') throw new TypeError("The 'keys' property must be a function");
    return { set: obj, size: intSize, has, keys };
  }

  // GetIteratorFromMethod(rec.set, rec.keys) as [iterator, next]
  function keysIterator(rec) {
    const it = call(rec.keys, rec.set);
    if (!isObject(it)) throw new TypeError('keys() result is not an object');
    return [it, it.next];
  }
  function step(pair) {
    const r = call(pair[1], pair[0]);
    if (!isObject(r)) throw new TypeError(`Iterator result ${describe(r)} is not an object`);
    return r;
  }
  function closeIterator(it) {
    const ret = it.return;
    if (ret !== undefined && ret !== null) {
      const r = call(ret, it);
      if (!isObject(r)) throw new TypeError('Iterator result is not an object');
    }
  }
  function copySet(o) {
    const result = C.newSet();
    let i = 0;
    for (;;) {
      const e = C.entryFrom(o, i);
      if (e === undefined) return result;
      i = e[0];
      C.rawSet(result, e[1], e[1]);
    }
  }
  function canonical(v) {
    return v === 0 ? 0 : v;
  }

  const SetMethods = {
    forEach(callbackfn) {
      brand(this, 'Set', 'forEach');
      if (typeof callbackfn !== 'function') throw new TypeError(`${describe(callbackfn)} is not a function`);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      let i = 0;
      for (;;) {
        const e = C.entryFrom(this, i);
        if (e === undefined) return undefined;
        i = e[0];
        call(callbackfn, thisArg, e[1], e[1], this);
      }
    },
    union(other) {
      brand(this, 'Set', 'union');
      const rec = getSetRecord(other);
      const iter = keysIterator(rec);
      const result = copySet(this);
      for (;;) {
        const r = step(iter);
        if (r.done) return result;
        const v = canonical(r.value);
        C.rawSet(result, v, v);
      }
    },
    intersection(other) {
      brand(this, 'Set', 'intersection');
      const rec = getSetRecord(other);
      const result = C.newSet();
      if (C.rawSize(this) <= rec.size) {
        let i = 0;
        for (;;) {
          const e = C.entryFrom(this, i);
          if (e === undefined) break;
          i = e[0];
          const v = e[1];
          if (call(rec.has, rec.set, v)) C.rawSet(result, v, v);
        }
      } else {
        const iter = keysIterator(rec);
        for (;;) {
          const r = step(iter);
          if (r.done) break;
          const v = canonical(r.value);
          if (C.rawHas(this, v)) C.rawSet(result, v, v);
        }
      }
      return result;
    },
    difference(other) {
      brand(this, 'Set', 'difference');
      const rec = getSetRecord(other);
      const result = copySet(this);
      if (C.rawSize(this) <= rec.size) {
        let i = 0;
        for (;;) {
          const e = C.entryFrom(this, i);
          if (e === undefined) break;
          i = e[0];
          if (call(rec.has, rec.set, e[1])) C.rawDelete(result, e[1]);
        }
      } else {
        const iter = keysIterator(rec);
        for (;;) {
          const r = step(iter);
          if (r.done) break;
          C.rawDelete(result, canonical(r.value));
        }
      }
      return result;
    },
    symmetricDifference(other) {
      brand(this, 'Set', 'symmetricDifference');
      const rec = getSetRecord(other);
      const iter = keysIterator(rec);
      const result = copySet(this);
      for (;;) {
        const r = step(iter);
        if (r.done) return result;
        const v = canonical(r.value);
        if (C.rawHas(this, v)) C.rawDelete(result, v);
        else C.rawSet(result, v, v);
      }
    },
    isSubsetOf(other) {
      brand(this, 'Set', 'isSubsetOf');
      const rec = getSetRecord(other);
      if (C.rawSize(this) > rec.size) return false;
      let i = 0;
      for (;;) {
        const e = C.entryFrom(this, i);
        if (e === undefined) return true;
        i = e[0];
        if (!call(rec.has, rec.set, e[1])) return false;
      }
    },
    isSupersetOf(other) {
      brand(this, 'Set', 'isSupersetOf');
      const rec = getSetRecord(other);
      if (C.rawSize(this) < rec.size) return false;
      const iter = keysIterator(rec);
      for (;;) {
        const r = step(iter);
        if (r.done) return true;
        if (!C.rawHas(this, r.value)) {
          closeIterator(iter[0]);
          return false;
        }
      }
    },
    isDisjointFrom(other) {
      brand(this, 'Set', 'isDisjointFrom');
      const rec = getSetRecord(other);
      if (C.rawSize(this) <= rec.size) {
        let i = 0;
        for (;;) {
          const e = C.entryFrom(this, i);
          if (e === undefined) return true;
          i = e[0];
          if (call(rec.has, rec.set, e[1])) return false;
        }
      }
      const iter = keysIterator(rec);
      for (;;) {
        const r = step(iter);
        if (r.done) return true;
        if (C.rawHas(this, r.value)) {
          closeIterator(iter[0]);
          return false;
        }
      }
    },
  };
  const setNames = [
    'forEach', 'union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf',
    'isSupersetOf', 'isDisjointFrom',
  ];
  for (let i = 0; i < setNames.length; i++) {
    $.define(Set.prototype, setNames[i], SetMethods[setNames[i]], 5);
  }
});
