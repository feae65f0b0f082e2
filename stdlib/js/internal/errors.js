'use strict';
// Node-style errors: a built-in error class (TypeError, RangeError, ...) with
// an own enumerable `code` property, a `toString()` of `Name [CODE]: message`
// and a stack whose first line carries the code, exactly like Node's
// internal/errors. Messages are built the way Node builds them, because tests
// compare them verbatim (e.g. `The "options" argument must be of type object.
// Received null`).

// util is loaded lazily: util.inspect itself throws these errors.
let lazyInspect;
function inspect(value, options) {
  if (lazyInspect === undefined) lazyInspect = require('internal/util/inspect');
  return lazyInspect.inspect(value, options);
}
let lazyFormat;
function format(...args) {
  if (lazyFormat === undefined) lazyFormat = require('internal/util/format').format;
  return lazyFormat(...args);
}

// Rewrites the first line of `error.stack` from `Name: message` to
// `Name [CODE]: message`, which is what Node prints for its own errors.
function addCodeToStack(error, name, code) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const plainHeader = error.message === '' ? name : `${name}: ${error.message}`;
  if (!stack.startsWith(plainHeader)) return;
  const codedHeader = `${name} [${code}]${error.message === '' ? '' : `: ${error.message}`}`;
  Object.defineProperty(error, 'stack', {
    value: codedHeader + stack.slice(plainHeader.length),
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

// Builds one error class per (code, base class) pair. `message` is either a
// format string (with %s placeholders) or a function of the constructor
// arguments returning the message.
function makeNodeError(code, Base, message) {
  class NodeError extends Base {
    constructor(...args) {
      const text = typeof message === 'function' ? message(...args) : format(message, ...args);
      super(text);
      Object.defineProperty(this, 'code', {
        value: code,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      addCodeToStack(this, Base.name, code);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  // Node's error classes look like their base (`err.constructor === TypeError`
  // is not guaranteed, but `err.name` and the class name are).
  Object.defineProperty(NodeError, 'name', { value: Base.name });
  return NodeError;
}

// --- describing values in messages (Node's determineSpecificType) ---------

function describeReceived(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (Object.is(value, -0)) return 'type number (-0)';
      return `type number (${value})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object': {
      const name = value.constructor?.name;
      if (typeof name === 'string' && name !== '') return `an instance of ${name}`;
      return inspect(value, { depth: -1 });
    }
    case 'string': {
      let shown = value;
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      if (!shown.includes("'")) return `type string ('${shown}')`;
      return `type string (${JSON.stringify(shown)})`;
    }
    default: {
      let shown = inspect(value, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      return `type ${typeof value} (${shown})`;
    }
  }
}

// "a, b, or c" as Node writes lists in messages.
function formatList(items, conjunction = 'and') {
  switch (items.length) {
    case 0:
      return '';
    case 1:
      return `${items[0]}`;
    case 2:
      return `${items[0]} ${conjunction} ${items[1]}`;
    default:
      return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
  }
}

const primitiveTypeNames = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classNamePattern = /^[A-Z][a-zA-Z0-9]*$/;

function invalidArgTypeMessage(name, expected, actual) {
  const expectedList = Array.isArray(expected) ? expected : [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const entry of expectedList) {
    if (primitiveTypeNames.includes(entry)) types.push(entry.toLowerCase());
    else if (classNamePattern.test(entry)) instances.push(entry);
    else other.push(entry);
  }
  // "object" reads better next to class names as "an instance of ... or Object".
  if (instances.length > 0) {
    const objectIndex = types.indexOf('object');
    if (objectIndex !== -1) {
      types.splice(objectIndex, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${describeReceived(actual)}`;
}

function withNumericSeparators(digits) {
  let result = '';
  let i = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return `${digits.slice(0, i)}${result}`;
}

function outOfRangeMessage(name, range, input, replaceDefault = false) {
  let msg = replaceDefault ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = withNumericSeparators(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = withNumericSeparators(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
}

function missingArgsMessage(...names) {
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((x) => `"${x}"`).join(' or ') : `"${n}"`));
  return `The ${formatList(quoted)} argument${names.length > 1 ? 's' : ''} must be specified`;
}

const codes = {
  ERR_AMBIGUOUS_ARGUMENT: makeNodeError('ERR_AMBIGUOUS_ARGUMENT', TypeError, 'The "%s" argument is ambiguous. %s'),
  ERR_ASSERTION: makeNodeError('ERR_ASSERTION', Error, '%s'),
  ERR_ASYNC_CALLBACK: makeNodeError('ERR_ASYNC_CALLBACK', TypeError, '%s must be a function'),
  ERR_ASYNC_TYPE: makeNodeError('ERR_ASYNC_TYPE', TypeError, 'Invalid name for async "type": %s'),
  ERR_FALSY_VALUE_REJECTION: makeNodeError('ERR_FALSY_VALUE_REJECTION', Error, 'Promise was rejected with falsy value'),
  ERR_ILLEGAL_CONSTRUCTOR: makeNodeError('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor'),
  ERR_INVALID_ARG_TYPE: makeNodeError('ERR_INVALID_ARG_TYPE', TypeError, invalidArgTypeMessage),
  ERR_INVALID_ARG_VALUE: makeNodeError('ERR_INVALID_ARG_VALUE', TypeError, invalidArgValueMessage),
  ERR_INVALID_ASYNC_ID: makeNodeError('ERR_INVALID_ASYNC_ID', RangeError, 'Invalid %s value: %s'),
  ERR_INVALID_RETURN_VALUE: makeNodeError('ERR_INVALID_RETURN_VALUE', TypeError,
    (input, name, value) => `Expected ${input} to be returned from the "${name}" function but got ${describeReceived(value)}.`),
  ERR_INVALID_THIS: makeNodeError('ERR_INVALID_THIS', TypeError, 'Value of "this" must be of type %s'),
  ERR_METHOD_NOT_IMPLEMENTED: makeNodeError('ERR_METHOD_NOT_IMPLEMENTED', Error, 'The %s method is not implemented'),
  ERR_MISSING_ARGS: makeNodeError('ERR_MISSING_ARGS', TypeError, missingArgsMessage),
  ERR_OUT_OF_RANGE: makeNodeError('ERR_OUT_OF_RANGE', RangeError, outOfRangeMessage),
  ERR_UNHANDLED_ERROR: makeNodeError('ERR_UNHANDLED_ERROR', Error,
    (err = undefined) => (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`)),
  ERR_UNHANDLED_REJECTION: makeNodeError('ERR_UNHANDLED_REJECTION', Error,
    (reason) => 'This error originated either by throwing inside of an async function without a catch block, ' +
      `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${reason}".`),
  ERR_EVENT_RECURSION: makeNodeError('ERR_EVENT_RECURSION', Error, 'The event "%s" is already being dispatched'),
};

// --- validators (Node's internal/validators, the ones the stdlib uses) -----

function validateObject(value, name, { allowArray = false, allowFunction = false, nullable = false } = {}) {
  const ok = (nullable && value === null) ||
    (value !== null && (typeof value === 'object' || (allowFunction && typeof value === 'function')) &&
      (allowArray || !Array.isArray(value)));
  if (!ok) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = min != null && max != null ? `>= ${min} && <= ${max}` : (min != null ? `>= ${min}` : `<= ${max}`);
    throw new codes.ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

module.exports = {
  codes,
  describeReceived,
  formatList,
  validateObject,
  validateFunction,
  validateString,
  validateNumber,
  validateBoolean,
};
