'use strict';
// util.types: brand checks written with public APIs. A built-in method or
// getter that requires an internal slot throws a TypeError when called on
// anything else, so "call it and see whether it throws" is an exact, side
// effect free brand check. Only promises and proxies need host help
// (internal.promiseState / internal.proxyDetails, see INTERNAL.md).

const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
const objectToString = Object.prototype.toString;

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// Returns a predicate that is true when `probe.call(value, ...args)` does not throw.
function brand(probe, ...args) {
  return (value) => {
    if (!isObjectLike(value)) return false;
    try {
      Reflect.apply(probe, value, args);
      return true;
    } catch {
      return false;
    }
  };
}

const isDate = brand(Date.prototype.getTime);
const isMap = brand(getter(Map.prototype, 'size'));
const isSet = brand(getter(Set.prototype, 'size'));
const isWeakMap = brand(WeakMap.prototype.has, {});
const isWeakSet = brand(WeakSet.prototype.has, {});
// Engines without binary data (minijs has no ArrayBuffer yet) simply have none of these.
const never = () => false;
const isArrayBuffer = typeof ArrayBuffer === 'function' ? brand(getter(ArrayBuffer.prototype, 'byteLength')) : never;
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function'
  ? brand(getter(SharedArrayBuffer.prototype, 'byteLength'))
  : () => false;
// The `buffer` getter (unlike `byteLength`) does not throw for detached buffers.
const isDataView = typeof DataView === 'function' ? brand(getter(DataView.prototype, 'buffer')) : never;

// RegExp.prototype.global returns undefined (no throw) for RegExp.prototype
// itself, which is not a RegExp; every other non-RegExp throws.
const regExpGlobal = getter(RegExp.prototype, 'global');
function isRegExp(value) {
  if (!isObjectLike(value) || value === RegExp.prototype) return false;
  try {
    regExpGlobal.call(value);
    return true;
  } catch {
    return false;
  }
}

// %TypedArray%.prototype[@@toStringTag] returns the element type name for
// typed arrays and undefined for everything else.
const typedArrayTag = typeof Int8Array === 'function'
  ? getter(Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag)
  : undefined;
function typedArrayName(value) {
  return typedArrayTag !== undefined && isObjectLike(value) ? typedArrayTag.call(value) : undefined;
}
const isTypedArray = (value) => typedArrayName(value) !== undefined;
const typedArrayCheck = (name) => (value) => typedArrayName(value) === name;

function primitiveBrand(valueOf) {
  const check = brand(valueOf);
  return (value) => typeof value === 'object' && check(value);
}
const isNumberObject = primitiveBrand(Number.prototype.valueOf);
const isStringObject = primitiveBrand(String.prototype.valueOf);
const isBooleanObject = primitiveBrand(Boolean.prototype.valueOf);
const isBigIntObject = typeof BigInt === 'function' ? primitiveBrand(BigInt.prototype.valueOf) : () => false;
const isSymbolObject = primitiveBrand(Symbol.prototype.valueOf);
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// Function kinds: every async / generator function inherits from its kind's
// intrinsic prototype.
const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}
function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

const MapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().values());
const isMapIterator = (value) => isObjectLike(value) && Object.getPrototypeOf(value) === MapIteratorPrototype;
const isSetIterator = (value) => isObjectLike(value) && Object.getPrototypeOf(value) === SetIteratorPrototype;

function builtinTag(value) {
  return objectToString.call(value);
}
const isArgumentsObject = (value) => isObjectLike(value) && builtinTag(value) === '[object Arguments]';
const isGeneratorObject = (value) => {
  if (!isObjectLike(value)) return false;
  const tag = builtinTag(value);
  return tag === '[object Generator]' || tag === '[object AsyncGenerator]';
};
const isModuleNamespaceObject = (value) =>
  isObjectLike(value) && Object.getPrototypeOf(value) === null && builtinTag(value) === '[object Module]';

// [[ErrorData]] has no public brand check before ES2026's Error.isError; the
// built-in tag is "Error" exactly for objects with [[ErrorData]] unless a
// Symbol.toStringTag overrides it.
function isNativeError(value) {
  if (typeof Error.isError === 'function') return Error.isError(value);
  return isObjectLike(value) && builtinTag(value) === '[object Error]';
}

function isPromise(value) {
  return isObjectLike(value) && internal.promiseState(value) !== undefined;
}
function isProxy(value) {
  return isObjectLike(value) && internal.proxyDetails(value) !== undefined;
}

module.exports = {
  isAnyArrayBuffer: (value) => isArrayBuffer(value) || isSharedArrayBuffer(value),
  isArrayBuffer,
  isArrayBufferView: (value) => typeof ArrayBuffer === 'function' && ArrayBuffer.isView(value),
  isArgumentsObject,
  isAsyncFunction,
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigIntObject,
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isBooleanObject,
  isBoxedPrimitive,
  isCryptoKey: () => false,
  isDataView,
  isDate,
  isExternal: () => false,
  isFloat16Array: typedArrayCheck('Float16Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isGeneratorFunction,
  isGeneratorObject,
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isKeyObject: () => false,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isWeakMap,
  isWeakSet,
};

// Not part of util.types, but needed by inspect.
Object.defineProperty(module.exports, 'typedArrayName', { value: typedArrayName, enumerable: false });
