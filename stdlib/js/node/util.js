'use strict';
// node:util — the public face of inspect/format (internal/util/*) plus the
// small helpers: promisify, callbackify, deprecate, inherits, types,
// isDeepStrictEqual, debuglog, TextEncoder/TextDecoder when the engine has them.

const { inspect, stripVTControlCharacters, getStringWidth } = require('internal/util/inspect');
const { format, formatWithOptions } = require('internal/util/format');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { codes, validateFunction, validateString } = require('internal/errors');

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function nextTick(fn, ...args) {
  require('node:process').nextTick(fn, ...args);
}

// Copies own properties (name, length, custom ones) onto a wrapper; a
// property the wrapper cannot redefine (e.g. a class's read-only prototype)
// keeps the wrapper's own.
function copyProperties(target, descriptors) {
  for (const key of Reflect.ownKeys(descriptors)) {
    try {
      Object.defineProperty(target, key, descriptors[key]);
    } catch {
      // Keep the wrapper's property.
    }
  }
}

// Turns a Node-style callback API (last argument `(err, value) => {}`) into
// one that returns a promise.
function promisify(original) {
  validateFunction(original, 'original');
  if (original[customPromisify]) {
    const custom = original[customPromisify];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, customPromisify, {
      value: custom, enumerable: false, writable: false, configurable: true,
    });
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) reject(err);
        else resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, customPromisify, {
    value: promisified, enumerable: false, writable: false, configurable: true,
  });
  copyProperties(promisified, Object.getOwnPropertyDescriptors(original));
  return promisified;
}
promisify.custom = customPromisify;

// The reverse: an async function becomes one taking a trailing callback.
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    const bound = callback.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => nextTick(bound, null, value),
      (reason) => nextTick(() => {
        if (!reason) {
          const wrapped = new codes.ERR_FALSY_VALUE_REJECTION();
          wrapped.reason = reason;
          reason = wrapped;
        }
        bound(reason);
      }),
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length?.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name?.value === 'string') descriptors.name.value += 'Callbackified';
  copyProperties(callbackified, descriptors);
  return callbackified;
}

// Wraps `fn` so the first call prints a DeprecationWarning.
const warnedCodes = new Set();
function deprecate(fn, message, code) {
  validateFunction(fn, 'fn');
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined || !warnedCodes.has(code)) {
        if (code !== undefined) warnedCodes.add(code);
        require('node:process').emitWarning(message, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// debuglog(section): logs to stderr when NODE_DEBUG names the section.
function debuglog(section, callback) {
  const env = require('node:process').env.NODE_DEBUG || '';
  const enabled = env.split(/[\s,]+/).some((name) => {
    const pattern = new RegExp(`^${name.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
    return name !== '' && pattern.test(section);
  });
  const pid = require('node:process').pid;
  const logger = enabled
    ? (...args) => {
      internal.write(2, `${section.toUpperCase()} ${pid}: ${format(...args)}\n`);
    }
    : () => {};
  Object.defineProperty(logger, 'enabled', { get: () => enabled });
  if (typeof callback === 'function') callback(logger);
  return logger;
}

function isArray(value) {
  return Array.isArray(value);
}

function toUSVString(text) {
  return String(text).toWellFormed ? String(text).toWellFormed() : String(text);
}

// styleText(format, text): wraps text in the ANSI codes of inspect.colors.
function styleText(formats, text) {
  validateString(text, 'text');
  const list = Array.isArray(formats) ? formats : [formats];
  let open = '';
  let close = '';
  for (const key of list) {
    const code = inspect.colors[key];
    if (code === undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('format', key,
        `must be one of: ${Object.keys(inspect.colors).join(', ')}`);
    }
    open += `\u001b[${code[0]}m`;
    close = `\u001b[${code[1]}m${close}`;
  }
  return `${open}${text}${close}`;
}

module.exports = {
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getStringWidth,
  inherits,
  inspect,
  isArray,
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  types,
};

if (typeof globalThis.TextEncoder === 'function') module.exports.TextEncoder = globalThis.TextEncoder;
if (typeof globalThis.TextDecoder === 'function') module.exports.TextDecoder = globalThis.TextDecoder;
