// Helpers the executor calls when an operation must run user code (ToPrimitive, iterator
// protocols, accessors). Each runs as ordinary JS on the heap stack, so the engine never
// recurses in Rust. `$` holds private natives; `$.register` publishes a helper by name.
(function ($) {
  'use strict';
  const register = $.register;
  const call = $.call;
  const symbolIterator = $.symbolIterator;
  const symbolAsyncIterator = $.symbolAsyncIterator;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  function toPrimitive(v, hint) {
    if (!isObject(v)) return v;
    const exotic = v[$.symbolToPrimitive];
    if (exotic !== undefined && exotic !== null) {
      if (typeof exotic !== 'function') throw new TypeError('Symbol.toPrimitive is not a function');
      const r = call(exotic, v, hint);
      if (isObject(r)) throw new TypeError('Cannot convert object to primitive value');
      return r;
    }
    const first = hint === 'string' ? 'toString' : 'valueOf';
    const second = hint === 'string' ? 'valueOf' : 'toString';
    let m = v[first];
    if (typeof m === 'function') {
      const r = call(m, v);
      if (!isObject(r)) return r;
    }
    m = v[second];
    if (typeof m === 'function') {
      const r = call(m, v);
      if (!isObject(r)) return r;
    }
    throw new TypeError('Cannot convert object to primitive value');
  }
  register('toPrimitive', toPrimitive);

  function toNumeric(v) {
    return +toPrimitive(v, 'number');
  }

  function toString(v) {
    if (typeof v === 'string') return v;
    if (isObject(v)) v = toPrimitive(v, 'string');
    return `${v}`;
  }
  register('toString', toString);
  $.toPrimitiveString = (v) => toPrimitive(v, 'string');

  function toPropertyKey(v) {
    const p = toPrimitive(v, 'string');
    return typeof p === 'symbol' ? p : `${p}`;
  }
  register('toPropertyKey', toPropertyKey);

  function looseEquals(a, b) {
    if (isObject(a) && isObject(b)) return a === b;
    if (a === null || a === undefined || b === null || b === undefined) return false;
    if (isObject(a)) a = toPrimitive(a, 'default');
    if (isObject(b)) b = toPrimitive(b, 'default');
    return a == b;
  }

  register('binary', function binary(op, a, b) {
    switch (op) {
      case 'Eq': return looseEquals(a, b);
      case 'NotEq': return !looseEquals(a, b);
      case 'Add':
        a = toPrimitive(a, 'default');
        b = toPrimitive(b, 'default');
        return a + b;
      case 'Lt': case 'Gt': case 'Le': case 'Ge':
        a = toPrimitive(a, 'number');
        b = toPrimitive(b, 'number');
        if (op === 'Lt') return a < b;
        if (op === 'Gt') return a > b;
        if (op === 'Le') return a <= b;
        return a >= b;
    }
    a = toNumeric(a);
    b = toNumeric(b);
    switch (op) {
      case 'Sub': return a - b;
      case 'Mul': return a * b;
      case 'Div': return a / b;
      case 'Rem': return a % b;
      case 'Exp': return a ** b;
      case 'Shl': return a << b;
      case 'Shr': return a >> b;
      case 'UShr': return a >>> b;
      case 'BitAnd': return a & b;
      case 'BitOr': return a | b;
      case 'BitXor': return a ^ b;
    }
    throw new TypeError(`unknown operator ${op}`);
  });

  register('unary', function unary(op, v) {
    const n = toNumeric(v);
    switch (op) {
      case 'Neg': return -n;
      case 'BitNot': return ~n;
      case 'Inc': return n + 1;
      case 'Dec': return n - 1;
    }
    return n;
  });

  register('concat', function concat(parts) {
    let s = '';
    for (let i = 0; i < parts.length; i++) s += toString(parts[i]);
    return s;
  });

  register('getElemSlow', function getElemSlow(obj, key) {
    if (obj === null || obj === undefined) {
      throw new TypeError(`Cannot read properties of ${obj}`);
    }
    return obj[toPropertyKey(key)];
  });

  register('setElemSlow', function setElemSlow(obj, key, value) {
    if (obj === null || obj === undefined) {
      throw new TypeError(`Cannot set properties of ${obj}`);
    }
    obj[toPropertyKey(key)] = value;
  });

  register('instanceOf', function instanceOf(v, ctor) {
    const h = ctor[$.symbolHasInstance];
    if (h !== undefined && h !== null) return !!call(h, ctor, v);
    if (typeof ctor !== 'function') throw new TypeError("Right-hand side of 'instanceof' is not callable");
    return $.ordinaryHasInstance(ctor, v);
  });

  function describe(v) {
    if (typeof v === 'string') return JSON_quote(v);
    if (typeof v === 'function') return v.name || 'function';
    if (isObject(v)) return 'object';
    return `${typeof v === 'symbol' ? 'Symbol()' : v}`;
  }
  function JSON_quote(s) {
    return `"${s}"`;
  }

  function getIterator(obj) {
    if (obj === null || obj === undefined) {
      throw new TypeError(`${obj} is not iterable (cannot read property Symbol(Symbol.iterator))`);
    }
    const method = obj[symbolIterator];
    if (typeof method !== 'function') throw new TypeError(`${describe(obj)} is not iterable`);
    const it = call(method, obj);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    return $.makeIteratorRecord(it, it.next);
  }
  register('getIterator', getIterator);

  register('getAsyncIterator', function getAsyncIterator(obj) {
    if (obj === null || obj === undefined) {
      throw new TypeError(`${obj} is not async iterable`);
    }
    const method = obj[symbolAsyncIterator];
    if (method === undefined || method === null) {
      const syncMethod = obj[symbolIterator];
      if (typeof syncMethod !== 'function') throw new TypeError(`${describe(obj)} is not async iterable`);
      const syncIt = call(syncMethod, obj);
      if (!isObject(syncIt)) throw new TypeError('Result of the Symbol.iterator method is not an object');
      const syncNext = syncIt.next;
      const unwrap = (r) => {
        if (!isObject(r)) throw new TypeError('Iterator result is not an object');
        const done = !!r.done;
        return Promise.resolve(r.value).then((value) => ({ value, done }));
      };
      const wrapper = {
        next(v) {
          try { return unwrap(call(syncNext, syncIt, v)); } catch (e) { return Promise.reject(e); }
        },
        return(v) {
          try {
            const ret = syncIt.return;
            if (ret === undefined || ret === null) return Promise.resolve({ value: v, done: true });
            return unwrap(call(ret, syncIt, v));
          } catch (e) { return Promise.reject(e); }
        },
        throw(v) {
          try {
            const t = syncIt.throw;
            if (t === undefined || t === null) return Promise.reject(v);
            return unwrap(call(t, syncIt, v));
          } catch (e) { return Promise.reject(e); }
        },
      };
      return $.makeIteratorRecord(wrapper, wrapper.next);
    }
    if (typeof method !== 'function') throw new TypeError(`${describe(obj)} is not async iterable`);
    const it = call(method, obj);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
    return $.makeIteratorRecord(it, it.next);
  });

  register('iteratorRest', function iteratorRest(rec) {
    const fast = $.fastRest(rec);
    if (fast !== undefined) return fast;
    const [it, next] = $.recordParts(rec);
    const out = [];
    for (;;) {
      const r = call(next, it);
      if (!isObject(r)) throw new TypeError('Iterator result is not an object');
      if (r.done) break;
      $.arrayPush(out, r.value);
    }
    $.markDone(rec);
    return out;
  });

  // IteratorComplete then IteratorValue when `done` or `value` is an accessor or the result a Proxy.
  register('iteratorResultParts', function iteratorResultParts(result) {
    return result.done ? [true] : [false, result.value];
  });

  register('iteratorCloseSlow', function iteratorCloseSlow(it) {
    const ret = it.return;
    if (ret === undefined || ret === null) return undefined;
    return call(ret, it);
  });

  register('spreadInto', function spreadInto(arr, iterable) {
    const rec = getIterator(iterable);
    const [it, next] = $.recordParts(rec);
    for (;;) {
      const r = call(next, it);
      if (!isObject(r)) throw new TypeError('Iterator result is not an object');
      if (r.done) break;
      $.arrayPush(arr, r.value);
    }
    return arr;
  });

  register('copyDataProperties', function copyDataProperties(target, src, excluded) {
    if (src === null || src === undefined) return target;
    const from = $.toObject(src);
    const keys = $.ownKeys(from);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      let skip = false;
      for (let j = 0; j < excluded.length; j++) {
        if (toPropertyKey(excluded[j]) === key) { skip = true; break; }
      }
      if (skip || !$.isEnumerable(from, key)) continue;
      $.createDataProperty(target, key, from[key]);
    }
    return target;
  });

  register('yieldDelegate', function yieldDelegate(rec, received, mode) {
    const [it, next] = $.recordParts(rec);
    if (mode === 0) return call(next, it, received);
    if (mode === 1) {
      const t = it.throw;
      if (t === undefined || t === null) {
        const ret = it.return;
        if (ret !== undefined && ret !== null) call(ret, it);
        throw new TypeError("The iterator does not provide a 'throw' method");
      }
      return call(t, it, received);
    }
    const r = it.return;
    if (r === undefined || r === null) return { value: received, done: true };
    return call(r, it, received);
  });

  register('errorWithObjectMessage', function errorWithObjectMessage(proto, message, options) {
    const e = $.makeError(proto, message === undefined ? undefined : toString(message));
    if (isObject(options) && 'cause' in options) $.define(e, 'cause', options.cause, 5);
    return e;
  });

  register('hasOwnPropertySlow', function hasOwnPropertySlow(o, key) {
    const k = toPropertyKey(key);
    return $.hasOwn($.toObject(o), k);
  });

  register('applySlow', function applySlow(f, thisArg, arrayLike) {
    if (!isObject(arrayLike)) throw new TypeError('CreateListFromArrayLike called on non-object');
    const len = arrayLike.length >>> 0;
    const args = [];
    for (let i = 0; i < len; i++) $.arrayPush(args, arrayLike[i]);
    return call(f, thisArg, ...args);
  });

  register('asyncVariableOptions', function asyncVariableOptions(options) {
    let name = '';
    if ('name' in options) name = toString(options.name);
    const defaultValue = options.defaultValue;
    return [name, defaultValue];
  });

  register('copyNameAndLength', function copyNameAndLength(wrapped, target, prefix) {
    let length = 0;
    const hasLength = $.isProxy(target)
      ? $.call($.proxyGetOwnPropertyDescriptorHelper, undefined, target, 'length') !== undefined
      : $.hasOwn(target, 'length');
    if (hasLength) {
      const l = target.length;
      if (typeof l === 'number') {
        if (l === Infinity) length = Infinity;
        else if (l === -Infinity || l !== l) length = 0;
        else {
          const t = l < 0 ? -Math_floor(-l) : Math_floor(l);
          length = t > 0 ? t : 0;
        }
      }
    }
    $.define(wrapped, 'length', length, 4);
    let name = target.name;
    if (typeof name !== 'string') name = '';
    $.setFunctionName(wrapped, `${prefix} ${name}`);
    return wrapped;
  });
  function Math_floor(x) {
    const t = x - (x % 1);
    return t;
  }

  register('promiseCatchSlow', function promiseCatchSlow(p, onRejected) {
    return p.then(undefined, onRejected);
  });
});
