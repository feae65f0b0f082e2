'use strict';
// Deep equality as node:assert and util.isDeepStrictEqual define it.
// Strict mode: same prototypes, Object.is for primitives (so 0 !== -0 and
// NaN equals NaN), own enumerable string and symbol keys. Loose mode: == for
// primitives, prototypes ignored, symbol keys ignored.

const types = require('internal/util/types');

const STRICT = 1;
const LOOSE = 0;

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const builtinTag = (value) => Object.prototype.toString.call(value);

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, LOOSE, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, STRICT, undefined);
}

function innerDeepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || mode === LOOSE;
  if (mode === STRICT) {
    if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      // eslint-disable-next-line eqeqeq
      return (b === null || typeof b !== 'object') && (a == b || (Number.isNaN(a) && Number.isNaN(b)));
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return compareObjects(a, b, mode, memos);
}

function toStringTagOf(value) {
  try {
    return value[Symbol.toStringTag];
  } catch {
    return undefined;
  }
}

function compareObjects(a, b, mode, memos) {
  if (builtinTag(a) !== builtinTag(b) || toStringTagOf(a) !== toStringTagOf(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return compareKeysAndValues(a, b, mode, memos, 'array');
  }
  if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return compareKeysAndValues(a, b, mode, memos, 'set');
  }
  if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return compareKeysAndValues(a, b, mode, memos, 'map');
  }
  if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b) || !equalViews(a, b, mode)) return false;
    return compareKeysAndValues(a, b, mode, memos, 'view');
  }
  if (types.isDate(a)) {
    if (!types.isDate(b)) return false;
    const timeA = Date.prototype.getTime.call(a);
    const timeB = Date.prototype.getTime.call(b);
    if (timeA !== timeB && !(Number.isNaN(timeA) && Number.isNaN(timeB))) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !equalBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (!(types.isNativeError(b) || b instanceof Error)) return false;
    for (const key of ['message', 'name', 'cause', 'errors']) {
      if (!isEnumerable(b, key) && !innerDeepEqual(a[key], b[key], mode, memos)) return false;
    }
    if (hasOwn(a, 'cause') !== hasOwn(b, 'cause')) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!equalBoxed(a, b)) return false;
  } else if (types.isBoxedPrimitive(b) || types.isNativeError(b) || b instanceof Error ||
      types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    return false;
  }
  return compareKeysAndValues(a, b, mode, memos, 'object');
}

function equalBytes(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function equalViews(a, b, mode) {
  if (types.typedArrayName(a) !== types.typedArrayName(b)) return false;
  if (a.byteLength !== b.byteLength) return false;
  const name = types.typedArrayName(a);
  if (mode === LOOSE && (name === 'Float32Array' || name === 'Float64Array' || name === 'Float16Array')) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  return equalBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

function equalBoxed(a, b) {
  const kinds = [
    [types.isNumberObject, Number.prototype.valueOf],
    [types.isStringObject, String.prototype.valueOf],
    [types.isBooleanObject, Boolean.prototype.valueOf],
    [types.isBigIntObject, typeof BigInt === 'function' ? BigInt.prototype.valueOf : null],
    [types.isSymbolObject, Symbol.prototype.valueOf],
  ];
  for (const [is, valueOf] of kinds) {
    if (is(a)) return is(b) && Object.is(valueOf.call(a), valueOf.call(b));
  }
  return false;
}

// Own enumerable keys that count: for arrays and typed arrays the non-index
// keys (elements are compared separately); symbols only in strict mode.
function relevantKeys(value, mode, kind) {
  let keys = Object.keys(value);
  if (kind === 'array' || kind === 'view') keys = keys.filter((key) => !/^(0|[1-9][0-9]*)$/.test(key));
  if (mode === STRICT) {
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function compareKeysAndValues(a, b, mode, memos, kind) {
  const keysA = relevantKeys(a, mode, kind);
  const keysB = relevantKeys(b, mode, kind);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!isEnumerable(b, key)) return false;
  }
  // Nothing nested to compare: no cycle bookkeeping needed.
  if (keysA.length === 0 && (kind === 'object' || kind === 'view')) return true;

  // Cycle detection: a pair already being compared is assumed equal.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const seenA = memos.a.get(a);
    if (seenA !== undefined) {
      const seenB = memos.b.get(b);
      if (seenB !== undefined) return seenA === seenB;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = compareContents(a, b, mode, keysA, memos, kind);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function compareContents(a, b, mode, keys, memos, kind) {
  if (kind === 'set') {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, mode, memos)) return false;
  } else if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      // A hole never equals an undefined element, not even loosely.
      if (hasOwn(a, i) !== hasOwn(b, i)) return false;
      if (!innerDeepEqual(a[i], b[i], mode, memos)) return false;
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function setEquiv(a, b, mode, memos) {
  // Objects (and, in loose mode, primitives that could match loosely) need
  // a search; the rest is a membership test.
  let pending = null;
  for (const value of a) {
    if (!isPrimitive(value)) {
      (pending ??= []).push(value);
    } else if (!b.has(value)) {
      if (mode === STRICT) return false;
      (pending ??= []).push(value);
    }
  }
  if (pending === null) return true;
  const candidates = [];
  for (const value of b) {
    if (!isPrimitive(value) || (mode === LOOSE && !a.has(value))) candidates.push(value);
  }
  for (const value of pending) {
    const index = candidates.findIndex((candidate) => innerDeepEqual(value, candidate, mode, memos));
    if (index === -1) return false;
    candidates.splice(index, 1);
  }
  return candidates.length === 0 || mode === LOOSE;
}

function mapEquiv(a, b, mode, memos) {
  let pending = null;
  for (const [key, value] of a) {
    if (!isPrimitive(key)) {
      (pending ??= []).push([key, value]);
    } else {
      if (!b.has(key) || !innerDeepEqual(value, b.get(key), mode, memos)) {
        if (mode === STRICT) return false;
        (pending ??= []).push([key, value]);
      }
    }
  }
  if (pending === null) return true;
  const candidates = [];
  for (const [key, value] of b) {
    if (!isPrimitive(key) || mode === LOOSE) candidates.push([key, value]);
  }
  for (const [key, value] of pending) {
    const index = candidates.findIndex(([otherKey, otherValue]) =>
      innerDeepEqual(key, otherKey, mode, memos) && innerDeepEqual(value, otherValue, mode, memos));
    if (index === -1) return false;
    candidates.splice(index, 1);
  }
  return true;
}

module.exports = { isDeepEqual, isDeepStrictEqual };
