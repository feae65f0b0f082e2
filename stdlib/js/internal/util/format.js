'use strict';
// util.format / util.formatWithOptions: printf-like formatting with
// %s %d %i %f %j %o %O %c %%, then the remaining arguments appended,
// strings as-is and everything else through util.inspect.

const { inspect, defaultOptions, formatNumber, formatBigInt, stylizeNoColor } = require('internal/util/inspect');

const builtinConstructorNames = new Set(
  Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

// %s prints objects with String() only when they define their own
// toString/Symbol.toPrimitive (below any built-in prototype).
function hasBuiltInToString(value) {
  const proxy = internal.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return true;
    return hasBuiltInToString(proxy[0]);
  }
  const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  let checkToString = true;
  let checkToPrimitive = true;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    checkToString = false;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    checkToPrimitive = false;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!(checkToString && hasOwn(pointer, 'toString')) &&
    !(checkToPrimitive && hasOwn(pointer, Symbol.toPrimitive)));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtinConstructorNames.has(descriptor.value.name);
}

let circularMessage;
function firstLine(error) {
  return String(error.message).split('\n', 1)[0];
}
function stringifyForFormat(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (circularMessage === undefined) {
      try {
        const loop = {};
        loop.loop = loop;
        JSON.stringify(loop);
      } catch (circularError) {
        circularMessage = firstLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstLine(err) === circularMessage) return '[Circular]';
    throw err;
  }
}

function numberNoColor(number, options) {
  return formatNumber(stylizeNoColor, number, options?.numericSeparator ?? defaultOptions.numericSeparator);
}
function bigintNoColor(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint, options?.numericSeparator ?? defaultOptions.numericSeparator);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let used = 0;
  let out = '';
  let joiner = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let piece;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const directive = first[++i];
      if (used + 1 !== args.length) {
        switch (directive) {
          case 's': {
            const arg = args[++used];
            if (typeof arg === 'number') piece = numberNoColor(arg, inspectOptions);
            else if (typeof arg === 'bigint') piece = bigintNoColor(arg, inspectOptions);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
            else piece = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 'j':
            piece = stringifyForFormat(args[++used]);
            break;
          case 'd': {
            const arg = args[++used];
            if (typeof arg === 'bigint') piece = bigintNoColor(arg, inspectOptions);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = numberNoColor(Number(arg), inspectOptions);
            break;
          }
          case 'O':
            piece = inspect(args[++used], inspectOptions);
            break;
          case 'o':
            piece = inspect(args[++used], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 'i': {
            const arg = args[++used];
            if (typeof arg === 'bigint') piece = bigintNoColor(arg, inspectOptions);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = numberNoColor(Number.parseInt(arg), inspectOptions);
            break;
          }
          case 'f': {
            const arg = args[++used];
            piece = typeof arg === 'symbol' ? 'NaN' : numberNoColor(Number.parseFloat(arg), inspectOptions);
            break;
          }
          case 'c':
            used += 1;
            piece = '';
            break;
          case '%':
            out += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) out += first.slice(lastPos, i - 1);
        out += piece;
        lastPos = i + 1;
      } else if (directive === '%') {
        out += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      used++;
      joiner = ' ';
      if (lastPos < first.length) out += first.slice(lastPos);
    }
  }

  while (used < args.length) {
    const value = args[used];
    out += joiner;
    out += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    joiner = ' ';
    used++;
  }
  return out;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = { format, formatWithOptions };
