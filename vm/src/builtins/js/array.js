// Self-hosted Array built-ins: Array.from, Array.of and the Array.prototype methods, written
// against the spec's generic algorithms (they work on any array-like `this`). Methods that
// have Rust fast paths for plain dense arrays (builtins/array/fast.rs) are registered as
// helpers "Array.prototype.<name>" instead: the native falls back to them.
//
// Everything user code could replace is captured here, before any user code runs; iteration
// of internal arrays never goes through Array.prototype[Symbol.iterator].
(function ($) {
  'use strict';
  const N = globalThis.__minijs_builtins_a;
  if (--N.uses === 0) delete globalThis.__minijs_builtins_a;

  const call = $.call;
  const construct = $.construct;
  const createDataProperty = $.createDataProperty;
  const isCallable = $.isCallable;
  const isConstructor = $.isConstructor;
  const arrayPush = $.arrayPush;
  const joinParts = N.joinParts;
  const isForeignArrayConstructor = N.isForeignArrayConstructor;
  const isArray = Array.isArray;
  const ArrayCtor = Array;
  const ArrayProto = Array.prototype;
  const apply = Function.prototype.apply;
  const floor = Math.floor;
  const objectToString = Object.prototype.toString;
  const $TypeError = TypeError;
  const $RangeError = RangeError;
  const symIterator = Symbol.iterator;
  const symAsyncIterator = Symbol.asyncIterator;
  const symSpecies = Symbol.species;
  const symIsConcatSpreadable = Symbol.isConcatSpreadable;
  const MAX_SAFE = 9007199254740991;
  const MAX_ARRAY_LENGTH = 4294967295;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  /// How V8 names a value that was expected to be a function.
  function describe(v) {
    if (v === undefined || v === null) return `${v}`;
    switch (typeof v) {
      case 'string': return `string "${v}"`;
      case 'number': return `number ${v}`;
      case 'boolean': return `boolean ${v}`;
      case 'symbol': return 'symbol';
      case 'bigint': return `bigint ${v}`;
    }
    return 'object';
  }

  function requireCallable(f) {
    if (!isCallable(f)) throw new $TypeError(`${describe(f)} is not a function`);
    return f;
  }

  function toObject(v, method) {
    if (v === undefined || v === null) throw new $TypeError(`Array.prototype.${method} called on null or undefined`);
    return $.toObject(v);
  }

  function toIntegerOrInfinity(v) {
    const n = +v;
    if (n !== n || n === 0) return 0;
    if (n === Infinity || n === -Infinity) return n;
    const t = n < 0 ? -floor(-n) : floor(n);
    return t === 0 ? 0 : t;
  }

  function toLength(v) {
    const n = toIntegerOrInfinity(v);
    if (n <= 0) return 0;
    return n < MAX_SAFE ? n : MAX_SAFE;
  }

  function lengthOf(o) {
    return toLength(o.length);
  }

  /// A relative index clamped to 0..len (slice, splice, fill, copyWithin, …).
  function relativeIndex(v, len) {
    const r = toIntegerOrInfinity(v);
    if (r < 0) {
      const k = len + r;
      return k > 0 ? k : 0;
    }
    return r < len ? r : len;
  }

  const setPrototypeOf = Object.setPrototypeOf;

  /// An internal array without a prototype: writing past its end can never reach a setter
  /// that user code installed on Array.prototype.
  function list() {
    const a = [];
    setPrototypeOf(a, null);
    return a;
  }

  function sameValueZero(a, b) {
    return a === b || (a !== a && b !== b);
  }

  function callWith(f, thisArg, list) {
    return call(apply, f, thisArg, list);
  }

  function arrayCreate(length) {
    if (length > MAX_ARRAY_LENGTH) throw new $RangeError('Invalid array length');
    return new ArrayCtor(length);
  }

  /// ArraySpeciesCreate(original, length)
  function arraySpeciesCreate(original, length) {
    if (!isArray(original)) return arrayCreate(length);
    let C = original.constructor;
    if (isConstructor(C) && isForeignArrayConstructor(C)) C = undefined;
    if (isObject(C)) {
      C = C[symSpecies];
      if (C === null) C = undefined;
    }
    if (C === undefined) return arrayCreate(length);
    if (!isConstructor(C)) throw new $TypeError('object.constructor[Symbol.species] is not a constructor');
    return construct(C, [length]);
  }

  /// IteratorClose after an abrupt completion: errors from `return` are ignored.
  function closeQuietly(iterator) {
    try {
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) call(ret, iterator);
    } catch (_) {
      // the original exception wins
    }
  }

  /// Defines `fn` as a method with the given name and length, or registers it as the generic
  /// fallback of a Rust fast path already installed under that name.
  function install(target, prefix, name, fn, length) {
    $.define(fn, 'length', length, 4);
    if ($.hasOwn(target, name) && prefix !== undefined) {
      $.register(`${prefix}.${name}`, fn);
    } else {
      $.define(target, name, fn, 5);
    }
  }

  // ---- Array.from / Array.of ----------------------------------------------------------

  const statics = {
    from(items, mapfn = undefined, thisArg = undefined) {
      const C = this;
      const mapping = mapfn !== undefined;
      if (mapping) requireCallable(mapfn);
      let usingIterator = items === undefined || items === null ? undefined : items[symIterator];
      if (usingIterator === null) usingIterator = undefined;
      if (usingIterator !== undefined) {
        if (!isCallable(usingIterator)) {
          throw new $TypeError('%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function');
        }
        const A = isConstructor(C) ? construct(C, []) : arrayCreate(0);
        const iterator = call(usingIterator, items);
        if (!isObject(iterator)) throw new $TypeError('Result of the Symbol.iterator method is not an object');
        const next = iterator.next;
        let k = 0;
        for (;;) {
          if (k >= MAX_SAFE) {
            const error = new $TypeError('Array.from: too many items');
            closeQuietly(iterator);
            throw error;
          }
          const result = call(next, iterator);
          if (!isObject(result)) throw new $TypeError(`Iterator result ${describe(result)} is not an object`);
          if (result.done) {
            A.length = k;
            return A;
          }
          const value = result.value;
          try {
            createDataProperty(A, k, mapping ? call(mapfn, thisArg, value, k) : value);
          } catch (e) {
            closeQuietly(iterator);
            throw e;
          }
          k++;
        }
      }
      if (items === undefined || items === null) {
        throw new $TypeError(`object ${items} is not iterable (cannot read property Symbol(Symbol.iterator))`);
      }
      const arrayLike = $.toObject(items);
      const len = lengthOf(arrayLike);
      const A = isConstructor(C) ? construct(C, [len]) : arrayCreate(len);
      for (let k = 0; k < len; k++) {
        const kValue = arrayLike[k];
        createDataProperty(A, k, mapping ? call(mapfn, thisArg, kValue, k) : kValue);
      }
      A.length = len;
      return A;
    },

    of(...items) {
      const len = items.length;
      const C = this;
      const A = isConstructor(C) ? construct(C, [len]) : arrayCreate(len);
      for (let k = 0; k < len; k++) createDataProperty(A, k, items[k]);
      A.length = len;
      return A;
    },
  };
  install(ArrayCtor, undefined, 'from', statics.from, 1);
  install(ArrayCtor, undefined, 'of', statics.of, 0);

  // ---- Array.fromAsync (ES2026; Node has it) ----------------------------------------------

  /// GetMethod(v, key): GetV throws for undefined/null.
  function getMethod(v, key) {
    const f = v[key];
    if (f === undefined || f === null) return undefined;
    if (!isCallable(f)) throw new $TypeError(`${describe(f)} is not a function`);
    return f;
  }

  /// AsyncIteratorClose after an abrupt completion: `return` runs and is awaited, its
  /// errors are ignored.
  async function closeAfterThrow(iterator) {
    try {
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) await call(ret, iterator);
    } catch (_) {
      // the original exception wins
    }
  }

  async function fromAsyncBody(C, asyncItems, mapfn, thisArg) {
    const mapping = mapfn !== undefined;
    if (mapping) requireCallable(mapfn);
    const usingAsync = getMethod(asyncItems, symAsyncIterator);
    const usingSync = usingAsync === undefined ? getMethod(asyncItems, symIterator) : undefined;
    if (usingAsync !== undefined || usingSync !== undefined) {
      const isAsync = usingAsync !== undefined;
      const iterator = call(isAsync ? usingAsync : usingSync, asyncItems);
      if (!isObject(iterator)) throw new $TypeError('Result of the Symbol.asyncIterator method is not an object');
      const next = iterator.next;
      const A = isConstructor(C) ? construct(C, []) : arrayCreate(0);
      for (let k = 0; ; k++) {
        if (k >= MAX_SAFE) {
          const error = new $TypeError('Array.fromAsync: too many items');
          await closeAfterThrow(iterator);
          throw error;
        }
        let result = call(next, iterator);
        if (isAsync) result = await result;
        if (!isObject(result)) throw new $TypeError(`Iterator result ${describe(result)} is not an object`);
        if (result.done) {
          A.length = k;
          return A;
        }
        let value = result.value;
        if (!isAsync) {
          // CreateAsyncFromSyncIterator awaits each value; a rejection closes the iterator.
          try {
            value = await value;
          } catch (e) {
            closeQuietly(iterator);
            throw e;
          }
        }
        try {
          if (mapping) value = await call(mapfn, thisArg, value, k);
          createDataProperty(A, k, value);
        } catch (e) {
          await closeAfterThrow(iterator);
          throw e;
        }
      }
    }
    const arrayLike = $.toObject(asyncItems);
    const len = lengthOf(arrayLike);
    const A = isConstructor(C) ? construct(C, [len]) : arrayCreate(len);
    for (let k = 0; k < len; k++) {
      let value = await arrayLike[k];
      if (mapping) value = await call(mapfn, thisArg, value, k);
      createDataProperty(A, k, value);
    }
    A.length = len;
    return A;
  }

  const asyncStatics = {
    fromAsync(asyncItems, mapfn = undefined, thisArg = undefined) {
      return fromAsyncBody(this, asyncItems, mapfn, thisArg);
    },
  };
  install(ArrayCtor, undefined, 'fromAsync', asyncStatics.fromAsync, 1);

  // ---- sorting ------------------------------------------------------------------------

  /// SortCompare for two non-undefined values.
  function compareWith(comparefn, x, y) {
    if (comparefn !== undefined) {
      const v = +call(comparefn, undefined, x, y);
      return v !== v ? 0 : v;
    }
    const xs = `${x}`;
    const ys = `${y}`;
    return xs < ys ? -1 : xs > ys ? 1 : 0;
  }

  const sortWithComparator = N.sortValues;

  /// A stable merge sort of `items` (an internal array); undefineds go last, uncompared.
  /// With a comparator the Rust merge sort runs (it calls back into the comparator).
  function sortValues(items, comparefn) {
    if (comparefn !== undefined) return sortWithComparator(items, comparefn);
    const values = list();
    let undefinedCount = 0;
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      if (v === undefined) undefinedCount++;
      else arrayPush(values, v);
    }
    const n = values.length;
    let src = values;
    let dst = list();
    // Insertion-sort runs of 8, then merge runs bottom-up.
    const RUN = 8;
    for (let start = 0; start < n; start += RUN) {
      const end = start + RUN < n ? start + RUN : n;
      for (let i = start + 1; i < end; i++) {
        const v = src[i];
        let j = i - 1;
        while (j >= start && compareWith(comparefn, src[j], v) > 0) {
          src[j + 1] = src[j];
          j--;
        }
        src[j + 1] = v;
      }
    }
    for (let width = RUN; width < n; width *= 2) {
      for (let left = 0; left < n; left += 2 * width) {
        const mid = left + width < n ? left + width : n;
        const right = left + 2 * width < n ? left + 2 * width : n;
        let i = left;
        let j = mid;
        let k = left;
        while (i < mid && j < right) {
          if (compareWith(comparefn, src[j], src[i]) < 0) dst[k++] = src[j++];
          else dst[k++] = src[i++];
        }
        while (i < mid) dst[k++] = src[i++];
        while (j < right) dst[k++] = src[j++];
      }
      const t = src;
      src = dst;
      dst = t;
    }
    for (let i = 0; i < undefinedCount; i++) arrayPush(src, undefined);
    return src;
  }

  /// SortIndexedProperties: the values to sort (holes skipped when `skipHoles`).
  function collect(O, len, skipHoles) {
    const items = list();
    for (let k = 0; k < len; k++) {
      if (skipHoles) {
        if (k in O) arrayPush(items, O[k]);
      } else {
        arrayPush(items, O[k]);
      }
    }
    return items;
  }

  /// The end of Array.prototype.sort: Set each sorted value, then delete `holes` indices.
  function writeBack(obj, sorted, holes) {
    const itemCount = sorted.length;
    let j = 0;
    for (; j < itemCount; j++) obj[j] = sorted[j];
    const len = itemCount + holes;
    for (; j < len; j++) delete obj[j];
    return obj;
  }
  $.register('Array.prototype.sort writeBack', writeBack);

  function checkComparator(comparefn) {
    if (comparefn !== undefined && !isCallable(comparefn)) {
      const shown = typeof comparefn === 'symbol' ? 'Symbol()' : isObject(comparefn) ? 'object' : `${comparefn}`;
      throw new $TypeError(`The comparison function must be either a function or undefined: ${shown}`);
    }
  }

  // ---- join / toString cycle detection (V8 prints cyclic references as "") -------------

  const joining = list();

  function joinInto(O, len, sep, convert) {
    for (let i = 0; i < joining.length; i++) {
      if (joining[i] === O) return '';
    }
    arrayPush(joining, O);
    try {
      const parts = list();
      for (let k = 0; k < len; k++) {
        const element = O[k];
        arrayPush(parts, element === undefined || element === null ? '' : convert(element));
      }
      return joinParts(parts, sep);
    } finally {
      joining.length = joining.length - 1;
    }
  }

  function toStringPart(v) {
    return `${v}`;
  }

  function toLocaleStringPart(v) {
    const f = v.toLocaleString;
    return `${call(requireCallable(f), v)}`;
  }

  // ---- FlattenIntoArray ---------------------------------------------------------------

  function flattenIntoArray(target, source, sourceLen, start, depth, mapper, thisArg) {
    let targetIndex = start;
    for (let sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++) {
      if (!(sourceIndex in source)) continue;
      let element = source[sourceIndex];
      if (mapper !== undefined) element = call(mapper, thisArg, element, sourceIndex, source);
      if (depth > 0 && isArray(element)) {
        const newDepth = depth === Infinity ? Infinity : depth - 1;
        targetIndex = flattenIntoArray(target, element, lengthOf(element), targetIndex, newDepth);
      } else {
        if (targetIndex >= MAX_SAFE) throw new $TypeError('Array too long');
        createDataProperty(target, targetIndex, element);
        targetIndex++;
      }
    }
    return targetIndex;
  }

  // ---- Array.prototype ------------------------------------------------------------------

  const methods = {
    at(index) {
      const O = toObject(this, 'at');
      const len = lengthOf(O);
      const rel = toIntegerOrInfinity(index);
      const k = rel >= 0 ? rel : len + rel;
      if (k < 0 || k >= len) return undefined;
      return O[k];
    },

    concat(item) {
      const O = toObject(this, 'concat');
      const A = arraySpeciesCreate(O, 0);
      let n = 0;
      const count = arguments.length;
      for (let i = -1; i < count; i++) {
        const E = i < 0 ? O : arguments[i];
        let spreadable = false;
        if (isObject(E)) {
          const s = E[symIsConcatSpreadable];
          spreadable = s !== undefined ? !!s : isArray(E);
        }
        if (spreadable) {
          const len = lengthOf(E);
          if (n + len > MAX_SAFE) throw new $TypeError('Invalid array length');
          for (let k = 0; k < len; k++, n++) {
            if (k in E) createDataProperty(A, n, E[k]);
          }
        } else {
          if (n >= MAX_SAFE) throw new $TypeError('Invalid array length');
          createDataProperty(A, n, E);
          n++;
        }
      }
      A.length = n;
      return A;
    },

    copyWithin(target, start, end = undefined) {
      const O = toObject(this, 'copyWithin');
      const len = lengthOf(O);
      let to = relativeIndex(target, len);
      let from = relativeIndex(start, len);
      const final = end === undefined ? len : relativeIndex(end, len);
      let count = final - from < len - to ? final - from : len - to;
      let direction = 1;
      if (from < to && to < from + count) {
        direction = -1;
        from = from + count - 1;
        to = to + count - 1;
      }
      while (count > 0) {
        if (from in O) O[to] = O[from];
        else delete O[to];
        from += direction;
        to += direction;
        count--;
      }
      return O;
    },

    every(callbackfn, thisArg = undefined) {
      const O = toObject(this, 'every');
      const len = lengthOf(O);
      requireCallable(callbackfn);
      for (let k = 0; k < len; k++) {
        if (k in O && !call(callbackfn, thisArg, O[k], k, O)) return false;
      }
      return true;
    },

    fill(value, start = undefined, end = undefined) {
      const O = toObject(this, 'fill');
      const len = lengthOf(O);
      const k = relativeIndex(start, len);
      const final = end === undefined ? len : relativeIndex(end, len);
      for (let i = k; i < final; i++) O[i] = value;
      return O;
    },

    filter(callbackfn, thisArg = undefined) {
      const O = toObject(this, 'filter');
      const len = lengthOf(O);
      requireCallable(callbackfn);
      const A = arraySpeciesCreate(O, 0);
      let to = 0;
      for (let k = 0; k < len; k++) {
        if (k in O) {
          const kValue = O[k];
          if (call(callbackfn, thisArg, kValue, k, O)) createDataProperty(A, to++, kValue);
        }
      }
      return A;
    },

    find(predicate, thisArg = undefined) {
      const O = toObject(this, 'find');
      const len = lengthOf(O);
      requireCallable(predicate);
      for (let k = 0; k < len; k++) {
        const kValue = O[k];
        if (call(predicate, thisArg, kValue, k, O)) return kValue;
      }
      return undefined;
    },

    findIndex(predicate, thisArg = undefined) {
      const O = toObject(this, 'findIndex');
      const len = lengthOf(O);
      requireCallable(predicate);
      for (let k = 0; k < len; k++) {
        if (call(predicate, thisArg, O[k], k, O)) return k;
      }
      return -1;
    },

    findLast(predicate, thisArg = undefined) {
      const O = toObject(this, 'findLast');
      const len = lengthOf(O);
      requireCallable(predicate);
      for (let k = len - 1; k >= 0; k--) {
        const kValue = O[k];
        if (call(predicate, thisArg, kValue, k, O)) return kValue;
      }
      return undefined;
    },

    findLastIndex(predicate, thisArg = undefined) {
      const O = toObject(this, 'findLastIndex');
      const len = lengthOf(O);
      requireCallable(predicate);
      for (let k = len - 1; k >= 0; k--) {
        if (call(predicate, thisArg, O[k], k, O)) return k;
      }
      return -1;
    },

    flat(depth = undefined) {
      const O = toObject(this, 'flat');
      const sourceLen = lengthOf(O);
      let depthNum = 1;
      if (depth !== undefined) {
        depthNum = toIntegerOrInfinity(depth);
        if (depthNum < 0) depthNum = 0;
      }
      const A = arraySpeciesCreate(O, 0);
      flattenIntoArray(A, O, sourceLen, 0, depthNum);
      return A;
    },

    flatMap(mapperFunction, thisArg = undefined) {
      const O = toObject(this, 'flatMap');
      const sourceLen = lengthOf(O);
      requireCallable(mapperFunction);
      const A = arraySpeciesCreate(O, 0);
      flattenIntoArray(A, O, sourceLen, 0, 1, mapperFunction, thisArg);
      return A;
    },

    forEach(callbackfn, thisArg = undefined) {
      const O = toObject(this, 'forEach');
      const len = lengthOf(O);
      requireCallable(callbackfn);
      for (let k = 0; k < len; k++) {
        if (k in O) call(callbackfn, thisArg, O[k], k, O);
      }
      return undefined;
    },

    includes(searchElement, fromIndex = undefined) {
      const O = toObject(this, 'includes');
      const len = lengthOf(O);
      if (len === 0) return false;
      let n = toIntegerOrInfinity(fromIndex);
      if (n === Infinity) return false;
      if (n === -Infinity) n = 0;
      let k = n >= 0 ? n : (len + n > 0 ? len + n : 0);
      for (; k < len; k++) {
        if (sameValueZero(O[k], searchElement)) return true;
      }
      return false;
    },

    indexOf(searchElement, fromIndex = undefined) {
      const O = toObject(this, 'indexOf');
      const len = lengthOf(O);
      if (len === 0) return -1;
      let n = toIntegerOrInfinity(fromIndex);
      if (n === Infinity) return -1;
      if (n === -Infinity) n = 0;
      let k = n >= 0 ? n : (len + n > 0 ? len + n : 0);
      for (; k < len; k++) {
        if (k in O && O[k] === searchElement) return k;
      }
      return -1;
    },

    join(separator) {
      const O = toObject(this, 'join');
      const len = lengthOf(O);
      const sep = separator === undefined ? ',' : `${separator}`;
      return joinInto(O, len, sep, toStringPart);
    },

    lastIndexOf(searchElement, fromIndex = undefined) {
      const O = toObject(this, 'lastIndexOf');
      const len = lengthOf(O);
      if (len === 0) return -1;
      const n = arguments.length > 1 ? toIntegerOrInfinity(fromIndex) : len - 1;
      if (n === -Infinity) return -1;
      let k = n >= 0 ? (n < len - 1 ? n : len - 1) : len + n;
      for (; k >= 0; k--) {
        if (k in O && O[k] === searchElement) return k;
      }
      return -1;
    },

    map(callbackfn, thisArg = undefined) {
      const O = toObject(this, 'map');
      const len = lengthOf(O);
      requireCallable(callbackfn);
      const A = arraySpeciesCreate(O, len);
      for (let k = 0; k < len; k++) {
        if (k in O) createDataProperty(A, k, call(callbackfn, thisArg, O[k], k, O));
      }
      return A;
    },

    pop() {
      const O = toObject(this, 'pop');
      const len = lengthOf(O);
      if (len === 0) {
        O.length = 0;
        return undefined;
      }
      const index = len - 1;
      const element = O[index];
      delete O[index];
      O.length = index;
      return element;
    },

    push(item) {
      const O = toObject(this, 'push');
      let len = lengthOf(O);
      const argCount = arguments.length;
      if (len + argCount > MAX_SAFE) throw new $TypeError(`Pushing ${argCount} elements on an array-like of length ${len} is disallowed, as the total surpasses 2**53-1`);
      for (let i = 0; i < argCount; i++) {
        O[len] = arguments[i];
        len++;
      }
      O.length = len;
      return len;
    },

    reduce(callbackfn, initialValue = undefined) {
      const O = toObject(this, 'reduce');
      const len = lengthOf(O);
      requireCallable(callbackfn);
      let k = 0;
      let accumulator;
      if (arguments.length >= 2) {
        accumulator = initialValue;
      } else {
        let found = false;
        for (; !found && k < len; k++) {
          if (k in O) {
            found = true;
            accumulator = O[k];
          }
        }
        if (!found) throw new $TypeError('Reduce of empty array with no initial value');
      }
      for (; k < len; k++) {
        if (k in O) accumulator = call(callbackfn, undefined, accumulator, O[k], k, O);
      }
      return accumulator;
    },

    reduceRight(callbackfn, initialValue = undefined) {
      const O = toObject(this, 'reduceRight');
      const len = lengthOf(O);
      requireCallable(callbackfn);
      let k = len - 1;
      let accumulator;
      if (arguments.length >= 2) {
        accumulator = initialValue;
      } else {
        let found = false;
        for (; !found && k >= 0; k--) {
          if (k in O) {
            found = true;
            accumulator = O[k];
          }
        }
        if (!found) throw new $TypeError('Reduce of empty array with no initial value');
      }
      for (; k >= 0; k--) {
        if (k in O) accumulator = call(callbackfn, undefined, accumulator, O[k], k, O);
      }
      return accumulator;
    },

    reverse() {
      const O = toObject(this, 'reverse');
      const len = lengthOf(O);
      const middle = floor(len / 2);
      for (let lower = 0; lower !== middle; lower++) {
        const upper = len - lower - 1;
        const lowerExists = lower in O;
        const lowerValue = lowerExists ? O[lower] : undefined;
        const upperExists = upper in O;
        const upperValue = upperExists ? O[upper] : undefined;
        if (lowerExists && upperExists) {
          O[lower] = upperValue;
          O[upper] = lowerValue;
        } else if (upperExists) {
          O[lower] = upperValue;
          delete O[upper];
        } else if (lowerExists) {
          delete O[lower];
          O[upper] = lowerValue;
        }
      }
      return O;
    },

    shift() {
      const O = toObject(this, 'shift');
      const len = lengthOf(O);
      if (len === 0) {
        O.length = 0;
        return undefined;
      }
      const first = O[0];
      for (let k = 1; k < len; k++) {
        if (k in O) O[k - 1] = O[k];
        else delete O[k - 1];
      }
      delete O[len - 1];
      O.length = len - 1;
      return first;
    },

    slice(start, end) {
      const O = toObject(this, 'slice');
      const len = lengthOf(O);
      let k = relativeIndex(start, len);
      const final = end === undefined ? len : relativeIndex(end, len);
      const count = final - k > 0 ? final - k : 0;
      const A = arraySpeciesCreate(O, count);
      let n = 0;
      for (; k < final; k++, n++) {
        if (k in O) createDataProperty(A, n, O[k]);
      }
      A.length = n;
      return A;
    },

    some(callbackfn, thisArg = undefined) {
      const O = toObject(this, 'some');
      const len = lengthOf(O);
      requireCallable(callbackfn);
      for (let k = 0; k < len; k++) {
        if (k in O && call(callbackfn, thisArg, O[k], k, O)) return true;
      }
      return false;
    },

    sort(comparefn) {
      checkComparator(comparefn);
      const obj = toObject(this, 'sort');
      const len = lengthOf(obj);
      const sorted = sortValues(collect(obj, len, true), comparefn);
      return writeBack(obj, sorted, len - sorted.length);
    },

    splice(start, deleteCount) {
      const O = toObject(this, 'splice');
      const len = lengthOf(O);
      const actualStart = relativeIndex(start, len);
      const argCount = arguments.length;
      const itemCount = argCount > 2 ? argCount - 2 : 0;
      let skipCount;
      if (argCount === 0) skipCount = 0;
      else if (argCount === 1) skipCount = len - actualStart;
      else {
        const dc = toIntegerOrInfinity(deleteCount);
        skipCount = dc < 0 ? 0 : (dc < len - actualStart ? dc : len - actualStart);
      }
      if (len + itemCount - skipCount > MAX_SAFE) throw new $TypeError('Invalid array length');
      const A = arraySpeciesCreate(O, skipCount);
      for (let k = 0; k < skipCount; k++) {
        const from = actualStart + k;
        if (from in O) createDataProperty(A, k, O[from]);
      }
      A.length = skipCount;
      if (itemCount < skipCount) {
        for (let k = actualStart; k < len - skipCount; k++) {
          const from = k + skipCount;
          const to = k + itemCount;
          if (from in O) O[to] = O[from];
          else delete O[to];
        }
        for (let k = len; k > len - skipCount + itemCount; k--) delete O[k - 1];
      } else if (itemCount > skipCount) {
        for (let k = len - skipCount; k > actualStart; k--) {
          const from = k + skipCount - 1;
          const to = k + itemCount - 1;
          if (from in O) O[to] = O[from];
          else delete O[to];
        }
      }
      for (let i = 0; i < itemCount; i++) O[actualStart + i] = arguments[i + 2];
      O.length = len - skipCount + itemCount;
      return A;
    },

    toLocaleString() {
      const array = toObject(this, 'toLocaleString');
      const len = lengthOf(array);
      return joinInto(array, len, ',', toLocaleStringPart);
    },

    toReversed() {
      const O = toObject(this, 'toReversed');
      const len = lengthOf(O);
      const A = arrayCreate(len);
      for (let k = 0; k < len; k++) createDataProperty(A, k, O[len - k - 1]);
      return A;
    },

    toSorted(comparefn) {
      checkComparator(comparefn);
      const O = toObject(this, 'toSorted');
      const len = lengthOf(O);
      const A = arrayCreate(len);
      const sorted = sortValues(collect(O, len, false), comparefn);
      for (let j = 0; j < len; j++) createDataProperty(A, j, sorted[j]);
      return A;
    },

    toSpliced(start, skipCount) {
      const O = toObject(this, 'toSpliced');
      const len = lengthOf(O);
      const actualStart = relativeIndex(start, len);
      const argCount = arguments.length;
      const insertCount = argCount > 2 ? argCount - 2 : 0;
      let actualSkipCount;
      if (argCount === 0) actualSkipCount = 0;
      else if (argCount === 1) actualSkipCount = len - actualStart;
      else {
        const sc = toIntegerOrInfinity(skipCount);
        actualSkipCount = sc < 0 ? 0 : (sc < len - actualStart ? sc : len - actualStart);
      }
      const newLen = len + insertCount - actualSkipCount;
      if (newLen > MAX_SAFE) throw new $TypeError('Invalid array length');
      const A = arrayCreate(newLen);
      let i = 0;
      let r = actualStart + actualSkipCount;
      for (; i < actualStart; i++) createDataProperty(A, i, O[i]);
      for (let j = 0; j < insertCount; j++, i++) createDataProperty(A, i, arguments[j + 2]);
      for (; i < newLen; i++, r++) createDataProperty(A, i, O[r]);
      return A;
    },

    toString() {
      const array = toObject(this, 'toString');
      let func = array.join;
      if (!isCallable(func)) func = objectToString;
      return call(func, array);
    },

    unshift(item) {
      const O = toObject(this, 'unshift');
      const len = lengthOf(O);
      const argCount = arguments.length;
      if (argCount > 0) {
        if (len + argCount > MAX_SAFE) throw new $TypeError('Invalid array length');
        for (let k = len; k > 0; k--) {
          const from = k - 1;
          const to = k + argCount - 1;
          if (from in O) O[to] = O[from];
          else delete O[to];
        }
        for (let j = 0; j < argCount; j++) O[j] = arguments[j];
      }
      O.length = len + argCount;
      return len + argCount;
    },

    with(index, value) {
      const O = toObject(this, 'with');
      const len = lengthOf(O);
      const rel = toIntegerOrInfinity(index);
      const actual = rel >= 0 ? rel : len + rel;
      if (actual >= len || actual < 0) throw new $RangeError(`Invalid index : ${index}`);
      const A = arrayCreate(len);
      for (let k = 0; k < len; k++) createDataProperty(A, k, k === actual ? value : O[k]);
      return A;
    },
  };

  const lengths = {
    at: 1, concat: 1, copyWithin: 2, every: 1, fill: 1, filter: 1, find: 1, findIndex: 1,
    findLast: 1, findLastIndex: 1, flat: 0, flatMap: 1, forEach: 1, includes: 1, indexOf: 1,
    join: 1, lastIndexOf: 1, map: 1, pop: 0, push: 1, reduce: 1, reduceRight: 1, reverse: 0,
    shift: 0, slice: 2, some: 1, sort: 1, splice: 2, toLocaleString: 0, toReversed: 0,
    toSorted: 1, toSpliced: 2, toString: 0, unshift: 1, with: 2,
  };
  const names = $.ownKeys(methods);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    install(ArrayProto, 'Array.prototype', name, methods[name], lengths[name]);
  }
});
