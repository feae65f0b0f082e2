'use strict';
// The global `crypto` (Web Crypto's Crypto object) without SubtleCrypto:
// getRandomValues(typedArray) and randomUUID(). Random bytes come from the
// host's `internal.randomBytes` (the operating system's generator).

const { codes } = require('internal/errors');

const MAX_BYTES = 65536;
// Looked up by name: an engine without typed arrays still gets randomUUID().
const INTEGER_ARRAY_NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

function isIntegerArray(value) {
  return INTEGER_ARRAY_NAMES.some((name) => typeof globalThis[name] === 'function' && value instanceof globalThis[name]);
}

// Web Crypto reports these as DOMExceptions; this host has none, so they are
// Errors with the DOMException's name and legacy code.
function domError(name, code, message) {
  const error = new Error(message);
  Object.defineProperty(error, 'name', { value: name, writable: true, configurable: true });
  error.code = code;
  return error;
}

function fillRandom(view) {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const random = internal.randomBytes(bytes.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = random[i];
}

let constructing = false;

class Crypto {
  constructor() {
    if (!constructing) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS('Crypto');
    if (typeof ArrayBuffer !== 'function' || !ArrayBuffer.isView(array)) {
      const error = new TypeError("Failed to execute 'getRandomValues' on 'Crypto': 1st argument is not an ArrayBufferView.");
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
    if (!isIntegerArray(array)) {
      throw domError('TypeMismatchError', 17, 'The data argument must be an integer-type TypedArray');
    }
    if (array.byteLength > MAX_BYTES) {
      throw domError('QuotaExceededError', 22, 'The requested length exceeds 65,536 bytes');
    }
    fillRandom(array);
    return array;
  }

  // A version 4 UUID (RFC 9562): 122 random bits.
  randomUUID() {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS('Crypto');
    const bytes = internal.randomBytes(16);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

constructing = true;
const crypto = new Crypto();
constructing = false;

module.exports = { Crypto, crypto };
