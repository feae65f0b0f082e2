// Self-hosted built-ins: the parts of Date that run user code — argument coercion for the
// natives of date.rs (`dateCoerce`), Date.prototype.toJSON and Date.prototype[Symbol.toPrimitive].
(function ($) {
  'use strict';
  const call = $.call;
  const symbolToPrimitive = $.symbolToPrimitive;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  function ordinaryToPrimitive(o, hint) {
    const first = hint === 'string' ? 'toString' : 'valueOf';
    const second = hint === 'string' ? 'valueOf' : 'toString';
    let m = o[first];
    if (typeof m === 'function') {
      const r = call(m, o);
      if (!isObject(r)) return r;
    }
    m = o[second];
    if (typeof m === 'function') {
      const r = call(m, o);
      if (!isObject(r)) return r;
    }
    throw new TypeError('Cannot convert object to primitive value');
  }

  function toPrimitive(v, hint) {
    if (!isObject(v)) return v;
    const exotic = v[symbolToPrimitive];
    if (exotic !== undefined && exotic !== null) {
      if (typeof exotic !== 'function') throw new TypeError('Symbol.toPrimitive is not a function');
      const r = call(exotic, v, hint);
      if (isObject(r)) throw new TypeError('Cannot convert object to primitive value');
      return r;
    }
    return ordinaryToPrimitive(v, hint === 'string' ? 'string' : 'number');
  }

  // Converts the arguments of a Date native (in order) and calls it again with primitives.
  $.register('dateCoerce', function dateCoerce(native, thisValue, args, mode, newTarget) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
      const v = args[i];
      if (mode === 'primitive') $.arrayPush(out, toPrimitive(v, 'default'));
      else if (mode === 'string') $.arrayPush(out, `${v}`);
      else $.arrayPush(out, +v);
    }
    if (newTarget !== undefined) return $.construct(native, out, newTarget);
    return call(native, thisValue, ...out);
  });

  const Methods = {
    toJSON(key) {
      const o = $.toObject(this);
      const tv = toPrimitive(o, 'number');
      if (typeof tv === 'number' && (tv !== tv || tv === Infinity || tv === -Infinity)) return null;
      const f = o.toISOString;
      return call(f, o);
    },
    [symbolToPrimitive](hint) {
      const o = this;
      if (!isObject(o)) throw new TypeError('Date.prototype [ @@toPrimitive ] called on non-object');
      let tryFirst;
      if (hint === 'string' || hint === 'default') tryFirst = 'string';
      else if (hint === 'number') tryFirst = 'number';
      else throw new TypeError('Invalid hint: ' + `${typeof hint === 'symbol' ? 'Symbol()' : hint}`);
      return ordinaryToPrimitive(o, tryFirst);
    },
  };
  $.define(Date.prototype, 'toJSON', Methods.toJSON, 5);
  $.define(Date.prototype, symbolToPrimitive, Methods[symbolToPrimitive], 4);
});
