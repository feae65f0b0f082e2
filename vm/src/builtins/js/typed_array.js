// Self-hosted typed arrays: the constructors' argument logic, %TypedArray%.from/of and every
// %TypedArray%.prototype method, over the natives of `typed_array.rs` (via
// `$.helper('typedArrayNatives')`: allocation, raw element get/set by index, fill, element
// copies, the default numeric sort). Element types are the indices of ElementType::ALL.
(function ($) {
  'use strict';
  const T = $.helper('typedArrayNatives');
  const B = $.helper('arrayBufferNatives');
  const call = $.call;
  const construct = $.construct;
  const isConstructor = $.isConstructor;
  const isCallable = $.isCallable;
  const arrayPush = $.arrayPush;
  const toIndex = $.toIndex;
  const toBigInt = $.toBigInt;
  const toIntegerOrInfinity = $.toIntegerOrInfinity;
  const speciesConstructor = $.speciesConstructor;
  const toStringHelper = $.helper('toString');
  const TypedArray = $.helper('%TypedArray%');
  const TypedArrayProto = $.helper('%TypedArray%.prototype');
  const ArrayValues = $.helper('Array.prototype.values');
  const ArrayKeys = Array.prototype.keys;
  const ArrayEntries = Array.prototype.entries;
  const arraySort = Array.prototype.sort;
  const arrayToString = Array.prototype.toString;
  const setPrototypeOf = Object.setPrototypeOf;
  const isArray = Array.isArray;
  const symIterator = $.symbolIterator;
  const $TypeError = TypeError;
  const $RangeError = RangeError;
  const MAX_SAFE = 9007199254740991;

  const NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
    'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
  const SIZES = [1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8];

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }
  function isBigIntType(type) {
    return type >= 9;
  }
  /// ToNumber or ToBigInt, as an element of `type` needs.
  function toElement(type, v) {
    return type >= 9 ? toBigInt(v) : +v;
  }
  function describe(v) {
    if (v === undefined || v === null) return `${v}`;
    switch (typeof v) {
      case 'string': return `"${v}"`;
      case 'number': case 'boolean': case 'bigint': return `${v}`;
      case 'symbol': return 'Symbol()';
      case 'function': return v.name || 'function';
    }
    return '#<Object>';
  }
  function requireCallable(f) {
    if (!isCallable(f)) throw new $TypeError(`${describe(f)} is not a function`);
    return f;
  }
  function toLength(v) {
    const n = toIntegerOrInfinity(v);
    if (n <= 0) return 0;
    return n < MAX_SAFE ? n : MAX_SAFE;
  }
  function relativeIndex(v, len) {
    const r = toIntegerOrInfinity(v);
    if (r < 0) return len + r > 0 ? len + r : 0;
    return r < len ? r : len;
  }
  function list() {
    const a = [];
    setPrototypeOf(a, null);
    return a;
  }

  /// V8's TypeError for a %TypedArray%.prototype method called on something else.
  function incompatible(o, method) {
    const shown = isObject(o) ? (isArray(o) ? '[object Array]' : '[object Object]') : typeof o === 'symbol' ? 'Symbol()' : `${o}`;
    return new $TypeError(`Method ${method} called on incompatible receiver ${shown}`);
  }

  /// ValidateTypedArray: the current length of a typed array that is not detached.
  function validate(o, method) {
    if (T.kind(o) < 0) throw incompatible(o, method);
    if (T.isDetached(o)) throw new $TypeError(`Cannot perform ${method} on a detached or out-of-bounds ArrayBuffer`);
    return T.length(o);
  }

  /// TypedArrayCreateFromConstructor
  function createFromConstructor(C, args) {
    const o = construct(C, args);
    validate(o, 'Construct');
    if (args.length === 1 && typeof args[0] === 'number' && T.length(o) < args[0]) {
      throw new $TypeError('Derived TypedArray constructor created an array which was too small');
    }
    return o;
  }

  /// TypedArraySpeciesCreate
  function speciesCreate(exemplar, args) {
    const type = T.kind(exemplar);
    const C = speciesConstructor(exemplar, T.intrinsic(type));
    const result = createFromConstructor(C, args);
    if (isBigIntType(T.kind(result)) !== isBigIntType(type)) throw new $TypeError('Content type of the species constructor\'s result does not match');
    return result;
  }

  /// TypedArrayCreateSameType
  function createSameType(exemplar, length) {
    return createFromConstructor(T.intrinsic(T.kind(exemplar)), [length]);
  }

  // ---- construction ------------------------------------------------------------------------

  function fromTypedArray(proto, type, src) {
    if (T.isDetached(src)) throw new $TypeError('Cannot perform Construct on a detached ArrayBuffer');
    const len = T.length(src);
    if (isBigIntType(T.kind(src)) !== isBigIntType(type)) throw new $TypeError('Cannot mix BigInt and other types, use explicit conversions');
    const ta = T.allocate(proto, type, len);
    T.copyElements(src, 0, ta, 0, len);
    return ta;
  }

  function fromBuffer(proto, type, buffer, byteOffset, length) {
    const size = SIZES[type];
    const name = NAMES[type];
    const offset = toIndex(byteOffset, `Start offset ${byteOffset} is outside the bounds of the buffer`);
    if (offset % size !== 0) throw new $RangeError(`start offset of ${name} should be a multiple of ${size}`);
    const newLength = length === undefined ? undefined : toIndex(length, `Invalid typed array length: ${length}`);
    const bufferLength = B.state(buffer);
    if (bufferLength === -1) throw new $TypeError('Cannot perform Construct on a detached ArrayBuffer');
    let byteLength;
    if (newLength === undefined && B.maxLength(buffer) >= 0) {
      // A length-tracking view of a resizable buffer.
      if (offset > bufferLength) throw new $RangeError(`Start offset ${offset} is outside the bounds of the buffer`);
      return T.view(proto, type, buffer, offset, undefined);
    }
    if (newLength === undefined) {
      if (bufferLength % size !== 0) throw new $RangeError(`byte length of ${name} should be a multiple of ${size}`);
      byteLength = bufferLength - offset;
      if (byteLength < 0) throw new $RangeError(`Start offset ${offset} is outside the bounds of the buffer`);
    } else {
      byteLength = newLength * size;
      if (offset + byteLength > bufferLength) throw new $RangeError(`Invalid typed array length: ${newLength}`);
    }
    return T.view(proto, type, buffer, offset, byteLength / size);
  }

  function fromList(proto, type, values) {
    const len = values.length;
    const ta = T.allocate(proto, type, len);
    for (let k = 0; k < len; k++) T.set(ta, k, toElement(type, values[k]));
    return ta;
  }

  $.register('typedArrayCreate', function typedArrayCreate(proto, type, argc, first, second, third) {
    if (!isObject(first)) {
      return T.allocate(proto, type, toIndex(first, `Invalid typed array length: ${typeof first === 'symbol' ? 'Symbol()' : first}`));
    }
    if (T.kind(first) >= 0) return fromTypedArray(proto, type, first);
    if (B.state(first) !== -2) return fromBuffer(proto, type, first, second, third);
    const usingIterator = first[symIterator];
    if (usingIterator !== undefined && usingIterator !== null) {
      if (!isCallable(usingIterator)) throw new $TypeError(`${describe(usingIterator)} is not a function`);
      const values = list();
      for (const v of { [symIterator]: () => call(usingIterator, first) }) arrayPush(values, v);
      return fromList(proto, type, values);
    }
    const len = toLength(first.length);
    const ta = T.allocate(proto, type, len);
    for (let k = 0; k < len; k++) T.set(ta, k, toElement(type, first[k]));
    return ta;
  });

  // [[Set]] of an element with an object value (its valueOf / toPrimitive runs here).
  $.register('typedArraySetElement', function typedArraySetElement(ta, index, value) {
    T.set(ta, index, toElement(T.kind(ta), value));
  });

  // ---- %TypedArray%.from / of ----------------------------------------------------------------

  const Statics = {
    from(source) {
      const C = this;
      if (!isConstructor(C)) throw new $TypeError(`${describe(C)} is not a constructor`);
      const mapfn = arguments.length > 1 ? arguments[1] : undefined;
      const thisArg = arguments.length > 2 ? arguments[2] : undefined;
      const mapping = mapfn !== undefined;
      if (mapping) requireCallable(mapfn);
      const usingIterator = source === undefined || source === null ? undefined : source[symIterator];
      if (usingIterator !== undefined && usingIterator !== null) {
        if (!isCallable(usingIterator)) throw new $TypeError(`${describe(usingIterator)} is not a function`);
        const values = list();
        for (const v of { [symIterator]: () => call(usingIterator, source) }) arrayPush(values, v);
        const len = values.length;
        const target = createFromConstructor(C, [len]);
        for (let k = 0; k < len; k++) target[k] = mapping ? call(mapfn, thisArg, values[k], k) : values[k];
        return target;
      }
      const arrayLike = $.toObject(source);
      const len = toLength(arrayLike.length);
      const target = createFromConstructor(C, [len]);
      for (let k = 0; k < len; k++) {
        const v = arrayLike[k];
        target[k] = mapping ? call(mapfn, thisArg, v, k) : v;
      }
      return target;
    },
    of() {
      const len = arguments.length;
      const C = this;
      if (!isConstructor(C)) throw new $TypeError(`${describe(C)} is not a constructor`);
      const target = createFromConstructor(C, [len]);
      for (let k = 0; k < len; k++) target[k] = arguments[k];
      return target;
    },
  };
  $.define(TypedArray, 'from', Statics.from, 5);
  $.define(TypedArray, 'of', Statics.of, 5);

  // ---- %TypedArray%.prototype ----------------------------------------------------------------

  function sortInPlace(o, len, comparefn) {
    if (comparefn === undefined) return T.sortDefault(o);
    const items = list();
    for (let k = 0; k < len; k++) arrayPush(items, T.get(o, k));
    call(arraySort, items, comparefn);
    for (let k = 0; k < len; k++) T.set(o, k, items[k]);
    return o;
  }

  const P = '%TypedArray%.prototype.';
  const Methods = {
    at(index) {
      const len = validate(this, P + 'at');
      const rel = toIntegerOrInfinity(index);
      const k = rel >= 0 ? rel : len + rel;
      if (k < 0 || k >= len) return undefined;
      return T.get(this, k);
    },
    copyWithin(target, start) {
      let len = validate(this, P + 'copyWithin');
      const end = arguments.length > 2 ? arguments[2] : undefined;
      const to = relativeIndex(target, len);
      const from = relativeIndex(start, len);
      const final = end === undefined ? len : relativeIndex(end, len);
      const count = final - from < len - to ? final - from : len - to;
      if (count > 0) {
        if (T.isDetached(this)) throw new $TypeError(`Cannot perform ${P}copyWithin on a detached ArrayBuffer`);
        T.copyElements(this, from, this, to, count);
      }
      return this;
    },
    entries() {
      validate(this, P + 'entries');
      return call(ArrayEntries, this);
    },
    every(callbackfn) {
      const len = validate(this, P + 'every');
      requireCallable(callbackfn);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      for (let k = 0; k < len; k++) if (!call(callbackfn, thisArg, T.get(this, k), k, this)) return false;
      return true;
    },
    fill(value) {
      let len = validate(this, P + 'fill');
      const type = T.kind(this);
      const v = toElement(type, value);
      const k = relativeIndex(arguments.length > 1 ? arguments[1] : undefined, len);
      const end = arguments.length > 2 ? arguments[2] : undefined;
      const final = end === undefined ? len : relativeIndex(end, len);
      if (T.isDetached(this)) throw new $TypeError(`Cannot perform ${P}fill on a detached ArrayBuffer`);
      T.fill(this, v, k, final);
      return this;
    },
    filter(callbackfn) {
      const len = validate(this, P + 'filter');
      requireCallable(callbackfn);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      const kept = list();
      for (let k = 0; k < len; k++) {
        const v = T.get(this, k);
        if (call(callbackfn, thisArg, v, k, this)) arrayPush(kept, v);
      }
      const A = speciesCreate(this, [kept.length]);
      for (let n = 0; n < kept.length; n++) A[n] = kept[n];
      return A;
    },
    find(predicate) {
      const len = validate(this, P + 'find');
      requireCallable(predicate);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      for (let k = 0; k < len; k++) {
        const v = T.get(this, k);
        if (call(predicate, thisArg, v, k, this)) return v;
      }
      return undefined;
    },
    findIndex(predicate) {
      const len = validate(this, P + 'findIndex');
      requireCallable(predicate);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      for (let k = 0; k < len; k++) if (call(predicate, thisArg, T.get(this, k), k, this)) return k;
      return -1;
    },
    findLast(predicate) {
      const len = validate(this, P + 'findLast');
      requireCallable(predicate);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      for (let k = len - 1; k >= 0; k--) {
        const v = T.get(this, k);
        if (call(predicate, thisArg, v, k, this)) return v;
      }
      return undefined;
    },
    findLastIndex(predicate) {
      const len = validate(this, P + 'findLastIndex');
      requireCallable(predicate);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      for (let k = len - 1; k >= 0; k--) if (call(predicate, thisArg, T.get(this, k), k, this)) return k;
      return -1;
    },
    forEach(callbackfn) {
      const len = validate(this, P + 'forEach');
      requireCallable(callbackfn);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      for (let k = 0; k < len; k++) call(callbackfn, thisArg, T.get(this, k), k, this);
      return undefined;
    },
    includes(searchElement) {
      const len = validate(this, P + 'includes');
      if (len === 0) return false;
      const n = toIntegerOrInfinity(arguments.length > 1 ? arguments[1] : undefined);
      if (n === Infinity) return false;
      let k = n >= 0 ? n : (len + n > 0 ? len + n : 0);
      for (; k < len; k++) {
        const e = T.get(this, k);
        if (e === searchElement || (e !== e && searchElement !== searchElement)) return true;
      }
      return false;
    },
    indexOf(searchElement) {
      const len = validate(this, P + 'indexOf');
      if (len === 0) return -1;
      const n = toIntegerOrInfinity(arguments.length > 1 ? arguments[1] : undefined);
      if (n === Infinity) return -1;
      let k = n >= 0 ? n : (len + n > 0 ? len + n : 0);
      const present = T.length(this);
      for (; k < len && k < present; k++) if (T.get(this, k) === searchElement) return k;
      return -1;
    },
    join(separator) {
      const len = validate(this, P + 'join');
      const sep = separator === undefined ? ',' : toStringHelper(separator);
      let r = '';
      for (let k = 0; k < len; k++) {
        if (k > 0) r += sep;
        const e = T.get(this, k);
        if (e !== undefined) r += `${e}`;
      }
      return r;
    },
    keys() {
      validate(this, P + 'keys');
      return call(ArrayKeys, this);
    },
    lastIndexOf(searchElement) {
      const len = validate(this, P + 'lastIndexOf');
      if (len === 0) return -1;
      const n = arguments.length > 1 ? toIntegerOrInfinity(arguments[1]) : len - 1;
      if (n === -Infinity) return -1;
      let k = n >= 0 ? (n < len - 1 ? n : len - 1) : len + n;
      for (; k >= 0; k--) if (k < T.length(this) && T.get(this, k) === searchElement) return k;
      return -1;
    },
    map(callbackfn) {
      const len = validate(this, P + 'map');
      requireCallable(callbackfn);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      const A = speciesCreate(this, [len]);
      for (let k = 0; k < len; k++) A[k] = call(callbackfn, thisArg, T.get(this, k), k, this);
      return A;
    },
    reduce(callbackfn) {
      const len = validate(this, P + 'reduce');
      requireCallable(callbackfn);
      let k = 0;
      let acc;
      if (arguments.length > 1) {
        acc = arguments[1];
      } else {
        if (len === 0) throw new $TypeError('Reduce of empty array with no initial value');
        acc = T.get(this, 0);
        k = 1;
      }
      for (; k < len; k++) acc = call(callbackfn, undefined, acc, T.get(this, k), k, this);
      return acc;
    },
    reduceRight(callbackfn) {
      const len = validate(this, P + 'reduceRight');
      requireCallable(callbackfn);
      let k = len - 1;
      let acc;
      if (arguments.length > 1) {
        acc = arguments[1];
      } else {
        if (len === 0) throw new $TypeError('Reduce of empty array with no initial value');
        acc = T.get(this, k);
        k--;
      }
      for (; k >= 0; k--) acc = call(callbackfn, undefined, acc, T.get(this, k), k, this);
      return acc;
    },
    reverse() {
      const len = validate(this, P + 'reverse');
      for (let lower = 0, upper = len - 1; lower < upper; lower++, upper--) {
        const a = T.get(this, lower);
        T.set(this, lower, T.get(this, upper));
        T.set(this, upper, a);
      }
      return this;
    },
    set(source) {
      if (T.kind(this) < 0) throw incompatible(this, P + 'set');
      const targetOffset = toIntegerOrInfinity(arguments.length > 1 ? arguments[1] : undefined);
      if (targetOffset < 0) throw new $RangeError('offset is out of bounds');
      if (T.isDetached(this)) throw new $TypeError(`Cannot perform ${P}set on a detached ArrayBuffer`);
      const targetLength = T.length(this);
      if (T.kind(source) >= 0) {
        if (T.isDetached(source)) throw new $TypeError(`Cannot perform ${P}set on a detached ArrayBuffer`);
        const srcLength = T.length(source);
        if (isBigIntType(T.kind(source)) !== isBigIntType(T.kind(this))) throw new $TypeError('Cannot mix BigInt and other types, use explicit conversions');
        if (targetOffset === Infinity || srcLength + targetOffset > targetLength) throw new $RangeError('offset is out of bounds');
        T.copyElements(source, 0, this, targetOffset, srcLength);
        return undefined;
      }
      const src = $.toObject(source);
      const srcLength = toLength(src.length);
      if (targetOffset === Infinity || srcLength + targetOffset > targetLength) throw new $RangeError('offset is out of bounds');
      const type = T.kind(this);
      for (let k = 0; k < srcLength; k++) T.set(this, targetOffset + k, toElement(type, src[k]));
      return undefined;
    },
    slice(start, end) {
      let len = validate(this, P + 'slice');
      let k = relativeIndex(start, len);
      let final = end === undefined ? len : relativeIndex(end, len);
      let count = final - k > 0 ? final - k : 0;
      const A = speciesCreate(this, [count]);
      if (count > 0) {
        if (T.isDetached(this)) throw new $TypeError(`Cannot perform ${P}slice on a detached ArrayBuffer`);
        len = T.length(this);
        if (final > len) final = len;
        count = final - k > 0 ? final - k : 0;
        if (T.kind(A) === T.kind(this)) {
          T.copyElements(this, k, A, 0, count);
        } else {
          for (let n = 0; k < final; k++, n++) A[n] = T.get(this, k);
        }
      }
      return A;
    },
    some(callbackfn) {
      const len = validate(this, P + 'some');
      requireCallable(callbackfn);
      const thisArg = arguments.length > 1 ? arguments[1] : undefined;
      for (let k = 0; k < len; k++) if (call(callbackfn, thisArg, T.get(this, k), k, this)) return true;
      return false;
    },
    sort(comparefn) {
      if (comparefn !== undefined && !isCallable(comparefn)) {
        throw new $TypeError('The comparison function must be either a function or undefined');
      }
      const len = validate(this, P + 'sort');
      return sortInPlace(this, len, comparefn);
    },
    subarray(start, end) {
      if (T.kind(this) < 0) throw incompatible(this, P + 'subarray');
      const info = T.info(this);
      const srcLength = T.length(this);
      const begin = relativeIndex(start, srcLength);
      const final = end === undefined ? srcLength : relativeIndex(end, srcLength);
      const newLength = final - begin > 0 ? final - begin : 0;
      const beginByteOffset = info[1] + begin * SIZES[info[2]];
      if (info[3] && end === undefined) return speciesCreate(this, [info[0], beginByteOffset]);
      return speciesCreate(this, [info[0], beginByteOffset, newLength]);
    },
    toLocaleString() {
      const len = validate(this, P + 'toLocaleString');
      let r = '';
      for (let k = 0; k < len; k++) {
        if (k > 0) r += ',';
        const e = T.get(this, k);
        if (e !== undefined && e !== null) r += toStringHelper(e.toLocaleString());
      }
      return r;
    },
    toReversed() {
      const len = validate(this, P + 'toReversed');
      const A = createSameType(this, len);
      for (let k = 0; k < len; k++) T.set(A, k, T.get(this, len - 1 - k));
      return A;
    },
    toSorted(comparefn) {
      if (comparefn !== undefined && !isCallable(comparefn)) {
        throw new $TypeError('The comparison function must be either a function or undefined');
      }
      const len = validate(this, P + 'toSorted');
      const A = createSameType(this, len);
      T.copyElements(this, 0, A, 0, len);
      return sortInPlace(A, len, comparefn);
    },
    values() {
      validate(this, P + 'values');
      return call(ArrayValues, this);
    },
    with(index, value) {
      const len = validate(this, P + 'with');
      const rel = toIntegerOrInfinity(index);
      const actual = rel >= 0 ? rel : len + rel;
      const v = toElement(T.kind(this), value);
      if (!(actual >= 0 && actual < T.length(this))) throw new $RangeError('Invalid typed array index');
      const A = createSameType(this, len);
      for (let k = 0; k < len; k++) T.set(A, k, k === actual ? v : T.get(this, k));
      return A;
    },
  };
  const LENGTHS = {
    at: 1, copyWithin: 2, entries: 0, every: 1, fill: 1, filter: 1, find: 1, findIndex: 1, findLast: 1, findLastIndex: 1,
    forEach: 1, includes: 1, indexOf: 1, join: 1, keys: 0, lastIndexOf: 1, map: 1, reduce: 1, reduceRight: 1, reverse: 0,
    set: 1, slice: 2, some: 1, sort: 1, subarray: 2, toLocaleString: 0, toReversed: 0, toSorted: 1, values: 0, with: 2,
  };
  const names = $.ownKeys(Methods);
  for (let i = 0; i < names.length; i++) {
    const fn = Methods[names[i]];
    $.define(fn, 'length', LENGTHS[names[i]], 4);
    $.define(TypedArrayProto, names[i], fn, 5);
  }
  $.define(TypedArrayProto, symIterator, Methods.values, 5);
  $.define(TypedArrayProto, 'toString', arrayToString, 5);
})
