'use strict';
// structuredClone for the values the structured clone algorithm covers and minijs has:
// primitives (not symbols), plain objects, arrays, Date, RegExp, Map, Set, boxed primitives,
// errors, ArrayBuffers and their views (typed arrays, DataView) — with shared and cyclic
// references preserved (views of one buffer keep sharing its copy).

const types = require('internal/util/types');

// Node throws a DOMException named DataCloneError (legacy code 25). This host has no DOMException
// global, so this class has its observable shape: an Error whose constructor is named
// DOMException, with `name` and `code` read from the prototype (not own properties) and the
// DOMException string tag.
const domExceptionNames = new WeakMap();
class DOMException extends Error {
  constructor(message = '', name = 'Error') {
    super(message);
    domExceptionNames.set(this, `${name}`);
  }
  get name() {
    return domExceptionNames.get(this) ?? 'Error';
  }
  get code() {
    return this.name === 'DataCloneError' ? 25 : 0;
  }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw new TypeError("The \"value\" argument must be specified");
  }
  void options;
  const seen = new Map();
  const clone = (v) => {
    if (typeof v === 'symbol') throw dataCloneError(`${String(v)} could not be cloned.`);
    if (typeof v === 'function') throw dataCloneError(`${v.toString()} could not be cloned.`);
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return seen.get(v);
    const tag = Object.prototype.toString.call(v);
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    }
    if (v instanceof Date) out = new Date(v.getTime());
    else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
    else if (v instanceof Map) {
      out = new Map();
      seen.set(v, out);
      for (const [k, x] of v) out.set(clone(k), clone(x));
      return out;
    } else if (v instanceof Set) {
      out = new Set();
      seen.set(v, out);
      for (const x of v) out.add(clone(x));
      return out;
    } else if (types.isArrayBuffer(v)) {
      if (v.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      out = new ArrayBuffer(v.byteLength);
      new Uint8Array(out).set(new Uint8Array(v));
    } else if (types.isDataView(v)) {
      out = new DataView(clone(v.buffer), v.byteOffset, v.byteLength);
    } else if (types.isTypedArray(v)) {
      const Ctor = globalThis[types.typedArrayName(v)];
      out = new Ctor(clone(v.buffer), v.byteOffset, v.length);
    } else if (v instanceof Error) {
      const Ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[v.name] || Error;
      out = new Ctor(v.message);
      seen.set(v, out);
      if ('cause' in v) out.cause = clone(v.cause);
      if (typeof v.stack === 'string') out.stack = v.stack;
      return out;
    } else if (tag === '[object Boolean]' || tag === '[object Number]' || tag === '[object String]') {
      out = Object(v.valueOf());
    } else if (tag === '[object Object]' || tag === '[object Arguments]') {
      out = {};
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    } else {
      throw dataCloneError(`${tag.slice(8, -1)} object could not be cloned.`);
    }
    seen.set(v, out);
    return out;
  };
  return clone(value);
}

module.exports = { structuredClone, DOMException };
