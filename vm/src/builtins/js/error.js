// Self-hosted built-ins: Error.prototype.toString and the AggregateError constructor (its
// `errors` list comes from an iterable, so it wraps the native constructor of error.rs,
// which builds the error object, its message and cause).
(function ($) {
  'use strict';
  const call = $.call;
  const N = $.helper('objectNatives');

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }
  function describe(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') return 'Symbol()';
    if (isObject(v)) return '#<Object>';
    return `${v}`;
  }

  const Methods = {
    toString() {
      const o = this;
      if (!isObject(o)) {
        throw new TypeError(`Method Error.prototype.toString called on incompatible receiver ${describe(o)}`);
      }
      let name = o.name;
      name = name === undefined ? 'Error' : `${name}`;
      let msg = o.message;
      msg = msg === undefined ? '' : `${msg}`;
      if (name === '') return msg;
      if (msg === '') return name;
      return `${name}: ${msg}`;
    },
  };
  $.define(Error.prototype, 'toString', Methods.toString, 5);

  const Statics = {
    // Error.isError (ES2026): whether the value has [[ErrorData]].
    isError(arg) {
      return N.kindOf(arg) === 'Error';
    },
  };
  $.define(Error, 'isError', Statics.isError, 5);

  const NativeAggregateError = AggregateError;
  const proto = NativeAggregateError.prototype;
  const symbolIterator = $.symbolIterator;

  // V8's message when a built-in (not syntax) finds no Symbol.iterator method: primitives
  // other than symbols show their type and value, everything else only its type.
  function builtinNotIterable(v) {
    const t = typeof v;
    const what = v === undefined || v === null ? `${v}` : t === 'number' || t === 'boolean' || t === 'bigint' ? `${t} ${v}` : t;
    return new TypeError(`${what} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }

  // IteratorToList(GetIterator(errors))
  function iterableToList(items) {
    if (items === undefined || items === null) throw builtinNotIterable(items);
    const method = items[symbolIterator];
    if (typeof method !== 'function') throw builtinNotIterable(items);
    const it = call(method, items);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    const next = it.next;
    const out = [];
    for (;;) {
      const r = call(next, it);
      if (!isObject(r)) throw new TypeError(`Iterator result ${describe(r)} is not an object`);
      if (r.done) return out;
      $.arrayPush(out, r.value);
    }
  }

  const AggregateErrorWrapper = function AggregateError(errors, message) {
    const newTarget = new.target === undefined ? AggregateErrorWrapper : new.target;
    const options = arguments.length > 2 ? arguments[2] : undefined;
    const o = $.construct(NativeAggregateError, [message, options], newTarget);
    const list = iterableToList(errors);
    $.define(o, 'errors', list, 5);
    return o;
  };
  // prototype: non-writable, non-enumerable, non-configurable (like every error constructor).
  N.defineOwn(AggregateErrorWrapper, 'prototype', 16 | 32, proto, undefined, undefined);
  $.define(proto, 'constructor', AggregateErrorWrapper, 5);
  N.setProto(AggregateErrorWrapper, Error);
  $.define(globalThis, 'AggregateError', AggregateErrorWrapper, 5);
});
