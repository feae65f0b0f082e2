// Self-hosted ArrayBuffer parts: the constructor's length / maxByteLength conversion, slice
// (with species), resize and transfer. Storage is native (`array_buffer.rs`, natives via `$.helper('arrayBufferNatives')`).
// Also publishes the conversions the typed array and DataView files share: `$.toIndex`,
// `$.toBigInt`, `$.toIntegerOrInfinity`, `$.speciesConstructor`.
(function ($) {
  'use strict';
  const B = $.helper('arrayBufferNatives');
  const toPrimitive = $.helper('toPrimitive');
  const construct = $.construct;
  const ArrayBufferCtor = ArrayBuffer;
  const ArrayBufferProto = ArrayBuffer.prototype;
  const BigIntCtor = BigInt;
  const $TypeError = TypeError;
  const $RangeError = RangeError;
  const floor = Math.floor;
  const MAX_SAFE = 9007199254740991;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  function toIntegerOrInfinity(v) {
    const n = +v;
    if (n !== n || n === 0) return 0;
    if (n === Infinity || n === -Infinity) return n;
    const t = n < 0 ? -floor(-n) : floor(n);
    return t === 0 ? 0 : t;
  }

  /// ToIndex, with the RangeError message of the caller.
  function toIndex(v, message) {
    if (v === undefined) return 0;
    const i = toIntegerOrInfinity(v);
    if (i < 0 || i > MAX_SAFE) throw new $RangeError(message);
    return i;
  }

  /// ToBigInt (Numbers throw: they never convert implicitly).
  function toBigInt(v) {
    const prim = toPrimitive(v, 'number');
    switch (typeof prim) {
      case 'bigint': return prim;
      case 'boolean': case 'string': return BigIntCtor(prim);
      case 'symbol': throw new $TypeError('Cannot convert a Symbol value to a BigInt');
      default: throw new $TypeError(`Cannot convert ${prim} to a BigInt`);
    }
  }

  function speciesConstructor(o, defaultCtor) {
    const C = o.constructor;
    if (C === undefined) return defaultCtor;
    if (!isObject(C)) throw new $TypeError('The .constructor property is not an object');
    const S = C[$.symbolSpecies];
    if (S === undefined || S === null) return defaultCtor;
    if ($.isConstructor(S)) return S;
    throw new $TypeError('object.constructor[Symbol.species] is not a constructor');
  }

  $.toIntegerOrInfinity = toIntegerOrInfinity;
  $.toIndex = toIndex;
  $.toBigInt = toBigInt;
  $.speciesConstructor = speciesConstructor;

  function relativeIndex(v, len) {
    const r = toIntegerOrInfinity(v);
    if (r < 0) return len + r > 0 ? len + r : 0;
    return r < len ? r : len;
  }

  /// The byte length of `this`, after the brand and detached checks of `method`.
  function thisBuffer(o, method) {
    const state = B.state(o);
    if (state === -2) throw new $TypeError(`Method ArrayBuffer.prototype.${method} called on incompatible receiver ${isObject(o) ? '#<Object>' : `${o}`}`);
    if (state === -1) throw new $TypeError(`Cannot perform ArrayBuffer.prototype.${method} on a detached ArrayBuffer`);
    return state;
  }

  $.register('arrayBufferCreate', function arrayBufferCreate(proto, length, options) {
    const byteLength = toIndex(length, 'Invalid array buffer length');
    let max;
    if (isObject(options)) {
      const requested = options.maxByteLength;
      if (requested !== undefined) {
        max = toIndex(requested, 'Invalid array buffer max length');
        if (byteLength > max) throw new $RangeError('Invalid array buffer max length');
      }
    }
    return B.allocate(proto, byteLength, max);
  });

  function transferWith(o, newLength, method, keepResizable) {
    thisBuffer(o, method);
    const len = newLength === undefined ? B.state(o) : toIndex(newLength, `ArrayBuffer.prototype.${method}: Invalid length parameter`);
    thisBuffer(o, method);
    const max = B.maxLength(o);
    if (keepResizable && max >= 0 && len > max) throw new $RangeError(`ArrayBuffer.prototype.${method}: Invalid length parameter`);
    return B.transfer(o, len, keepResizable);
  }

  const Methods = {
    slice(start, end) {
      const len = thisBuffer(this, 'slice');
      const first = relativeIndex(start, len);
      const final = end === undefined ? len : relativeIndex(end, len);
      const newLen = final - first > 0 ? final - first : 0;
      const C = speciesConstructor(this, ArrayBufferCtor);
      const created = construct(C, [newLen]);
      const state = B.state(created);
      if (state === -2) throw new $TypeError('ArrayBuffer subclass returned this from species constructor');
      if (state === -1) throw new $TypeError('Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer');
      if (created === this) throw new $TypeError('ArrayBuffer subclass returned this from species constructor');
      if (state < newLen) throw new $TypeError('Species constructor returned a too small ArrayBuffer');
      const current = thisBuffer(this, 'slice');
      if (first < current) {
        const count = current - first < newLen ? current - first : newLen;
        B.copy(this, first, created, 0, count);
      }
      return created;
    },
    transfer() {
      return transferWith(this, arguments.length > 0 ? arguments[0] : undefined, 'transfer', true);
    },
    transferToFixedLength() {
      return transferWith(this, arguments.length > 0 ? arguments[0] : undefined, 'transferToFixedLength', false);
    },
    resize(newLength) {
      if (B.state(this) === -2 || B.maxLength(this) < 0) {
        throw new $TypeError(`Method ArrayBuffer.prototype.resize called on incompatible receiver ${isObject(this) ? '#<ArrayBuffer>' : `${this}`}`);
      }
      const len = toIndex(newLength, 'ArrayBuffer.prototype.resize: Invalid length parameter');
      thisBuffer(this, 'resize');
      if (len > B.maxLength(this)) throw new $RangeError('ArrayBuffer.prototype.resize: Invalid length parameter');
      B.resize(this, len);
      return undefined;
    },
  };
  $.define(ArrayBufferProto, 'slice', Methods.slice, 5);
  $.define(ArrayBufferProto, 'transfer', Methods.transfer, 5);
  $.define(ArrayBufferProto, 'transferToFixedLength', Methods.transferToFixedLength, 5);
  $.define(ArrayBufferProto, 'resize', Methods.resize, 5);
})
