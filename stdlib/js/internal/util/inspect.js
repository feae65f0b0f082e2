'use strict';
// util.inspect: renders any value the way Node 26 does, including its line
// breaking rules (entries are combined on one line while they fit in
// `breakLength`, arrays with more than six entries are grouped into aligned
// columns). The layout decisions below follow Node's observable behaviour;
// test/inspect-vs-node.js compares the output with Node's over many values.

const types = require('internal/util/types');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/string_width');
const {
  quoteString, escapeSymbolKey, formatNumber, formatBigInt, formatPrimitive, moreItems,
} = require('internal/util/inspect_primitives');
const { OBJECT_ENTRIES, ARRAY_ELEMENTS, ARRAY_LIKE, reduceToSingleString } = require('internal/util/inspect_layout');
const { proxyDetails, promiseState } = internal;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const identifierPattern = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const arrayIndexPattern = /^(0|[1-9][0-9]*)$/;

// ---------------------------------------------------------------------------
// Entry point

function inspect(value, options) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    ...defaultOptions,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    if (typeof options === 'boolean') {
      ctx.showHidden = options;
    } else if (options) {
      for (const key of Object.keys(options)) {
        if (Object.prototype.hasOwnProperty.call(defaultOptions, key) || key === 'stylize') {
          ctx[key] = options[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = options;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return defaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(defaultOptions, options);
  },
});

// ---------------------------------------------------------------------------
// Colors

const FG_RESET = 39;
const BG_RESET = 49;
inspect.colors = Object.assign(Object.create(null), {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, FG_RESET],
  red: [31, FG_RESET],
  green: [32, FG_RESET],
  yellow: [33, FG_RESET],
  blue: [34, FG_RESET],
  magenta: [35, FG_RESET],
  cyan: [36, FG_RESET],
  white: [37, FG_RESET],
  bgBlack: [40, BG_RESET],
  bgRed: [41, BG_RESET],
  bgGreen: [42, BG_RESET],
  bgYellow: [43, BG_RESET],
  bgBlue: [44, BG_RESET],
  bgMagenta: [45, BG_RESET],
  bgCyan: [46, BG_RESET],
  bgWhite: [47, BG_RESET],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, FG_RESET],
  redBright: [91, FG_RESET],
  greenBright: [92, FG_RESET],
  yellowBright: [93, FG_RESET],
  blueBright: [94, FG_RESET],
  magentaBright: [95, FG_RESET],
  cyanBright: [96, FG_RESET],
  whiteBright: [97, FG_RESET],
  bgGray: [100, BG_RESET],
  bgRedBright: [101, BG_RESET],
  bgGreenBright: [102, BG_RESET],
  bgYellowBright: [103, BG_RESET],
  bgBlueBright: [104, BG_RESET],
  bgMagentaBright: [105, BG_RESET],
  bgCyanBright: [106, BG_RESET],
  bgWhiteBright: [107, BG_RESET],
});
const colorAliases = {
  grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray', faint: 'dim',
  crossedout: 'strikethrough', strikeThrough: 'strikethrough', crossedOut: 'strikethrough',
  conceal: 'hidden', swapColors: 'inverse', swapcolors: 'inverse', doubleUnderline: 'doubleunderline',
};
for (const [alias, target] of Object.entries(colorAliases)) {
  Object.defineProperty(inspect.colors, alias, {
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(text, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${text}\u001b[${color[1]}m`;
    if (typeof style === 'function') return style(text);
  }
  return text;
}

function stylizeNoColor(text) {
  return text;
}

// ---------------------------------------------------------------------------
// Constructor names and prefixes

const builtinPrototypes = new Map([
  [Array.prototype, Array], [Function.prototype, Function],
  [Map.prototype, Map], [Set.prototype, Set], [Object.prototype, Object],
  [RegExp.prototype, RegExp], [Date.prototype, Date],
  [Error.prototype, Error], [RangeError.prototype, RangeError], [TypeError.prototype, TypeError],
  [Boolean.prototype, Boolean], [Number.prototype, Number], [String.prototype, String],
  [Promise.prototype, Promise], [WeakMap.prototype, WeakMap], [WeakSet.prototype, WeakSet],
]);
// Binary data is optional (minijs has no ArrayBuffer or typed arrays yet).
const TypedArray = typeof Int8Array === 'function' ? Object.getPrototypeOf(Int8Array) : undefined;
if (typeof ArrayBuffer === 'function') builtinPrototypes.set(ArrayBuffer.prototype, ArrayBuffer);
if (typeof DataView === 'function') builtinPrototypes.set(DataView.prototype, DataView);
if (TypedArray !== undefined) builtinPrototypes.set(TypedArray.prototype, TypedArray);
if (typeof AggregateError === 'function') builtinPrototypes.set(AggregateError.prototype, AggregateError);
const builtinNameOf = (ctor) => (TypedArray !== undefined && ctor === TypedArray ? 'TypedArray' : ctor.name);

const builtinConstructorNames = new Set(
  Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The engine's class name of an object whose prototype chain names no
// constructor (what V8 calls GetConstructorName).
function internalClassName(value) {
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'function') return 'Function';
  if (types.isMap(value)) return 'Map';
  if (types.isSet(value)) return 'Set';
  if (types.isWeakMap(value)) return 'WeakMap';
  if (types.isWeakSet(value)) return 'WeakSet';
  if (types.isPromise(value)) return 'Promise';
  if (types.isDataView(value)) return 'DataView';
  if (types.isArrayBuffer(value)) return 'ArrayBuffer';
  const typedName = types.typedArrayName(value);
  if (typedName !== undefined) return typedName;
  if (types.isNumberObject(value)) return 'Number';
  if (types.isStringObject(value)) return 'String';
  if (types.isBooleanObject(value)) return 'Boolean';
  if (types.isSymbolObject(value)) return 'Symbol';
  if (types.isBigIntObject(value)) return 'BigInt';
  if (types.isDate(value)) return 'Date';
  if (types.isRegExp(value)) return 'RegExp';
  if (types.isNativeError(value)) return 'Error';
  return 'Object';
}

// Walks the prototype chain for the first `constructor` with a name, like
// Node; returns null for objects without any prototype.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    const builtin = builtinPrototypes.get(obj);
    if (builtin !== undefined && isInstanceof(original, builtin)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return builtinNameOf(builtin);
    }
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !builtinConstructorNames.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const className = internalClassName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${className} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${className} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${className} <${protoName}>`;
}

// With showHidden, non-function properties that user-defined prototypes add
// (up to three levels) are listed too.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtinConstructorNames.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) keySet = new Set();
    else for (const key of keys) keySet.add(key);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || Object.prototype.hasOwnProperty.call(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const formatted = formatProperty(ctx, obj, recurseTimes, key, OBJECT_ENTRIES, desc, main);
      output.push(ctx.colors ? `\u001b[2m${formatted}\u001b[22m` : formatted);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// "Foo [tag] " / "[Object: null prototype] " / "Map(2) " prefixes.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '') {
    const dot = tag.lastIndexOf('.');
    if (constructor === (dot >= 1 ? tag.slice(dot + 1) : tag)) return `${tag}${size} `;
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalClassName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

// ---------------------------------------------------------------------------
// Keys

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // An uninitialized module namespace throws on [[Get]]-free key listing
      // only in Object.keys's enumerability check.
      keys = Object.getOwnPropertyNames(value);
    }
    for (const symbol of symbols) {
      if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || !arrayIndexPattern.test(key)) return false;
  return Number(key) < 2 ** 32 - 1;
}

// Own keys of an array or typed array that are not element indices.
function getOwnNonIndexKeys(value, showHidden) {
  const keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  const result = keys.filter((key) => !isArrayIndexKey(key));
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (showHidden || Object.prototype.propertyIsEnumerable.call(value, symbol)) result.push(symbol);
  }
  return result;
}

// ---------------------------------------------------------------------------
// The recursive formatter

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Proxies are inspected through their target so no trap runs.
  const context = value;
  let proxies = 0;
  let proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (ctx.showProxy) {
      if (proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      return formatProxy(ctx, proxy, recurseTimes);
    }
    do {
      if (proxy[0] === null) {
        let formatted = ctx.stylize('<Revoked Proxy>', 'special');
        for (let i = 0; i < proxies; i++) {
          formatted = `${ctx.stylize('Proxy(', 'special')}${formatted}${ctx.stylize(')', 'special')}`;
        }
        return formatted;
      }
      value = proxy[0];
      proxy = proxyDetails(value);
      proxies += 1;
    } while (proxy !== undefined);
  }

  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect &&
        Object.getOwnPropertyDescriptor(value, 'constructor')?.value?.prototype !== value) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const result = custom.call(context, depth, userOptions(ctx), inspect);
      if (result !== context) {
        if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
        return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map([[value, index]]);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  let formatted = formatRaw(ctx, value, recurseTimes, typedArray);
  for (let i = 0; i < proxies; i++) {
    formatted = `${ctx.stylize('Proxy(', 'special')}${formatted}${ctx.stylize(')', 'special')}`;
  }
  return formatted;
}

// The options object handed to a custom inspect function.
function userOptions(ctx) {
  const options = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  return options;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const output = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, output, '', ['Proxy [', ']'], ARRAY_LIKE, recurseTimes);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  // Symbol.toStringTag is shown only when it is not an own enumerable key
  // (which would be printed anyway).
  let tag = '';
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    // A throwing getter is ignored.
  }
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden
        ? Object.prototype.hasOwnProperty.call(value, Symbol.toStringTag)
        : Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag)))) {
    tag = '';
  }

  let keys;
  let base = '';
  let formatter = () => [];
  let braces;
  let noIterator = true;
  let extrasType = OBJECT_ENTRIES;
  let extraKeys;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '')
        ? getPrefix(constructor, tag, 'Array', `(${value.length})`)
        : '';
      keys = getOwnNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = ARRAY_LIKE;
      formatter = formatArray;
    } else if (types.isSet(value)) {
      const size = Reflect.apply(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get, value, []);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSet(Set.prototype.values.call(value), size, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isMap(value)) {
      const size = Reflect.apply(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get, value, []);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMap(Map.prototype.entries.call(value), size, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isTypedArray(value)) {
      keys = getOwnNonIndexKeys(value, ctx.showHidden);
      const typedName = types.typedArrayName(value);
      const fallback = constructor === null ? typedName : '';
      const size = value.length;
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c) => formatTypedArray(value, size, c);
      extrasType = ARRAY_LIKE;
      if (ctx.showHidden) {
        extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        typedArray = true;
      }
    } else if (types.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      formatter = () => [];
    } else if (types.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      formatter = () => [];
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (types.isArgumentsObject(value)) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (types.isRegExp(value)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      base = ctx.stylize(base, 'regexp');
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return base;
      }
    } else if (types.isDate(value)) {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      const arrayType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      extraKeys = ['byteLength'];
    } else if (types.isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      extraKeys = ['byteLength', 'byteOffset', 'buffer'];
    } else if (types.isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (types.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (types.isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const namespaceKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
    } else if (types.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) return `${getCtxStyle(value, constructor, tag)}{}`;
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    if (extraKeys !== undefined) {
      for (const key of extraKeys) {
        output.push(formatExtraProperty(ctx, value, recurseTimes, key, typedArray));
      }
    }
    for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!(err instanceof RangeError) || !/call stack|recursion|too deep/i.test(err.message)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getCtxStyle(value, constructor, tag).slice(0, -1);
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === OBJECT_ENTRIES) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Past ~128M characters at one level, stop descending (protects memory).
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
  ctx.budget[ctx.indentationLvl] = budget;
  if (budget > 2 ** 27) ctx.depth = -1;
  return result;
}

function isError(value) {
  return types.isNativeError(value) || isInstanceof(value, Error);
}

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (types.isNumberObject(value)) {
    primitive = Number.prototype.valueOf.call(value);
    type = 'Number';
  } else if (types.isStringObject(value)) {
    primitive = String.prototype.valueOf.call(value);
    type = 'String';
    // The character indices are noise next to the quoted string.
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) {
    primitive = Boolean.prototype.valueOf.call(value);
    type = 'Boolean';
  } else if (types.isBigIntObject(value)) {
    primitive = BigInt.prototype.valueOf.call(value);
    type = 'BigInt';
  } else {
    primitive = Symbol.prototype.valueOf.call(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const hasName = Object.prototype.hasOwnProperty.call(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// True when the source text is a class declaration/expression.
function looksLikeClass(source) {
  if (!source.startsWith('class') || source[source.length - 1] !== '}') return false;
  const afterKeyword = source.slice(5, -1);
  const brace = afterKeyword.indexOf('{');
  if (brace === -1) return false;
  if (!afterKeyword.slice(0, brace).includes('(')) return true;
  const withoutComments = afterKeyword.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '');
  return /^(\s+[^(]*?)\s*{/.test(withoutComments);
}

function getFunctionBase(ctx, value, constructor, tag) {
  let source = '';
  try {
    source = Function.prototype.toString.call(value);
  } catch {
    // Not every callable has source text.
  }
  if (looksLikeClass(source)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------
// Errors

function errorToString(error) {
  return Error.prototype.toString.call(error);
}

function getStackString(ctx, error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    // A throwing `stack` getter is ignored.
  }
  if (stack) {
    if (typeof stack === 'string') return stack;
    ctx.seen.push(error);
    ctx.indentationLvl += 4;
    const shown = formatValue(ctx, stack);
    ctx.indentationLvl -= 4;
    ctx.seen.pop();
    return `${errorToString(error)}\n    ${shown}`;
  }
  return errorToString(error);
}

// First run of more than three equal frames shared by `a` and `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return [len, i];
      }
    }
  }
  return [0, 0];
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  // Frames shared with the cause are elided.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const [len, offset] = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the first stack line name the real class when `name` hides it.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (typeof name !== 'string') {
    stack = stack.replace(`${name}`, `${name} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`);
  }
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
        (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function removeKey(keys, key) {
  const index = keys.indexOf(key);
  if (index !== -1) keys.splice(index, 1);
}

function formatError(err, constructor, tag, ctx, keys) {
  let stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    return Object.prototype.toString.call(err);
  }
  let message;
  let name;
  let messageThrows = false;
  let nameThrows = false;
  try {
    message = err.message;
  } catch {
    messageThrows = true;
  }
  try {
    name = err.name;
  } catch {
    nameThrows = true;
  }

  if (!ctx.showHidden && keys.length !== 0) {
    removeKey(keys, 'stack');
    if (!messageThrows && keys.includes('message') && (typeof message !== 'string' || stack.includes(message))) {
      removeKey(keys, 'message');
    }
    if (!nameThrows && keys.includes('name') && (typeof name !== 'string' || stack.includes(name))) {
      removeKey(keys, 'name');
    }
  }
  name ??= 'Error';

  const hasOwn = (key) => Object.prototype.hasOwnProperty.call(err, key);
  if (hasOwn('cause') && !keys.includes('cause')) keys.push('cause');
  try {
    if (Array.isArray(err.errors) && hasOwn('errors') && !keys.includes('errors')) keys.push('errors');
  } catch {
    // A throwing `errors` getter is ignored.
  }
  if (hasOwn('error') && !keys.includes('error')) keys.push('error');
  if (hasOwn('suppressed') && !keys.includes('suppressed')) keys.push('suppressed');

  stack = improveStack(stack, constructor, name, tag);

  // Errors without stack frames are wrapped in brackets.
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      let colored = head;
      for (const line of lines) {
        colored += '\n';
        colored += /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.test(line) ? ctx.stylize(line, 'undefined') : line;
      }
      stack = colored;
    } else {
      stack = `${head}\n${lines.join('\n')}`;
    }
  }
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

// ---------------------------------------------------------------------------
// Entry producers

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    const desc = Object.getOwnPropertyDescriptor(value, i);
    if (desc === undefined) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_ELEMENTS, desc));
  }
  if (length - shown > 0) output.push(moreItems(length - shown));
  return output;
}

// Arrays with holes: runs of missing indices become `<n empty items>`.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const numeric = +key;
    if (numeric > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!arrayIndexPattern.test(key)) break;
      const empty = numeric - index;
      output.push(ctx.stylize(`<${empty} empty item${empty > 1 ? 's' : ''}>`, 'undefined'));
      index = numeric;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, ARRAY_ELEMENTS));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = new Array(shown);
  const formatElement = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  if (length - shown > 0) output[shown] = moreItems(length - shown);
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  const hex = [];
  for (let i = 0; i < shown; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
  let text = hex.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${text}>`];
}

function formatSet(iterator, size, ctx, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of iterator) {
    if (i >= shown) break;
    output.push(formatValue(ctx, entry, recurseTimes));
    i++;
  }
  if (size - shown > 0) output.push(moreItems(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(iterator, size, ctx, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [key, entry] of iterator) {
    if (i >= shown) break;
    output.push(`${formatValue(ctx, key, recurseTimes)} => ${formatValue(ctx, entry, recurseTimes)}`);
    i++;
  }
  if (size - shown > 0) output.push(moreItems(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = promiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const shown = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${shown}` : shown];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], OBJECT_ENTRIES);
    } catch {
      // Bindings in their temporal dead zone.
      const stand_in = { [keys[i]]: '' };
      const text = formatProperty(ctx, stand_in, recurseTimes, keys[i], OBJECT_ENTRIES);
      output[i] = text.slice(0, text.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

function formatExtraProperty(ctx, value, recurseTimes, key, typedArray) {
  let extra;
  try {
    extra = value[key];
  } catch {
    extra = value.buffer[key];
  }
  ctx.indentationLvl += 2;
  const shown = formatValue(ctx, extra, recurseTimes, typedArray);
  ctx.indentationLvl -= 2;
  return `${ctx.stylize(`[${key}]`, 'string')}: ${shown}`;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let shown;
  let separator = ' ';
  desc ??= Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== OBJECT_ENTRIES) ? 2 : 3;
    ctx.indentationLvl += diff;
    shown = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(shown, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const got = desc.get.call(original);
        if (got === null) {
          shown = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        } else if (typeof got === 'object' || typeof got === 'function') {
          shown = `${s(`[${label}]`, 'special')} ${formatValue(ctx, got, recurseTimes)}`;
        } else {
          shown = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, got, ctx)}${s(']', 'special')}`;
        }
      } catch (err) {
        const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        shown = `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      shown = ctx.stylize(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    shown = ctx.stylize('[Setter]', 'special');
  } else {
    shown = ctx.stylize('undefined', 'undefined');
  }
  if (type === ARRAY_ELEMENTS) return shown;

  let name;
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeSymbolKey(key.toString()), 'symbol');
  } else if (identifierPattern.test(key)) {
    name = key === '__proto__' ? "['__proto__']" : ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quoteString(key), 'string');
  }
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}:${separator}${shown}`;
}

module.exports = {
  inspect,
  defaultOptions,
  customInspectSymbol,
  formatNumber,
  formatBigInt,
  getStringWidth,
  stripVTControlCharacters,
  stylizeNoColor,
  isError,
  identicalSequenceRange,
};
