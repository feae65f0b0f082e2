'use strict';
// node:assert — the legacy (loose) and strict assertion functions with
// Node's error messages. `assert.strict` maps the loose names to the strict
// comparisons.

const { AssertionError } = require('internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const { inspect } = require('internal/util/inspect');
const { format } = require('internal/util/format');
const types = require('internal/util/types');
const { codes, validateFunction } = require('internal/errors');

const NO_EXCEPTION = Symbol('no exception');

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// `message` is the rest-argument list of the assertion: nothing, a string
// (possibly with format arguments), an Error to throw as is, or a function
// producing the message.
function innerFail({ actual, expected, message, operator, stackStartFn, generatedMessage }) {
  let text;
  if (message.length === 0) {
    text = undefined;
  } else if (typeof message[0] === 'string') {
    text = message.length > 1 ? format(...message) : message[0];
  } else if (isError(message[0])) {
    throw message[0];
  } else if (typeof message[0] === 'function') {
    text = String(message[0](actual, expected));
  } else {
    text = message.length > 1 ? format(...message) : String(message[0]);
  }
  const err = new AssertionError({ actual, expected, message: text, operator, stackStartFn });
  if (generatedMessage !== undefined) err.generatedMessage = generatedMessage;
  throw err;
}

function innerOk(fn, args) {
  if (args[0]) return;
  let message;
  let generated = false;
  if (args.length === 0) {
    generated = true;
    message = ['No value argument passed to `assert.ok()`'];
  } else if (args.length === 1 || args[1] == null) {
    // Node quotes the call-site source here; without source access the
    // message falls back to "<value> == true".
    generated = true;
    message = [];
  } else {
    message = args.slice(1);
  }
  innerFail({ actual: args[0], expected: true, message, operator: '==', stackStartFn: fn, generatedMessage: generated });
}

function requireTwoArguments(count) {
  if (count < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

function assert(...args) {
  innerOk(assert, args);
}

function ok(...args) {
  innerOk(ok, args);
}

function fail(message) {
  if (isError(message)) throw message;
  let internal = false;
  if (message === undefined) {
    message = 'Failed';
    internal = true;
  }
  const err = new AssertionError({ operator: 'fail', stackStartFn: fail, message });
  if (internal) err.generatedMessage = true;
  throw err;
}

function equal(actual, expected, ...message) {
  requireTwoArguments(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, ...message) {
  requireTwoArguments(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, ...message) {
  requireTwoArguments(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, ...message) {
  requireTwoArguments(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, ...message) {
  requireTwoArguments(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, ...message) {
  requireTwoArguments(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual, expected, ...message) {
  requireTwoArguments(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, ...message) {
  requireTwoArguments(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

// --- throws / rejects -----------------------------------------------------------

// Placeholder objects holding only the compared keys, for a readable diff.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (key in source) {
        if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(source[key]) &&
            source[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = source[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message: [message], operator: fn.name, stackStartFn: fn });
}

// Checks a caught error against the `error` argument of throws()/rejects():
// a RegExp, an Error class, a validation function or an object of keys.
function checkExpectedError(actual, expected, message, fn) {
  let generated = false;
  let mismatch = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const text = String(actual);
      if (expected.exec(text) !== null) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
      mismatch = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name
          ? 'an error with identical name but a different prototype.'
          : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    mismatch = true;
  } else {
    const result = expected.call({}, actual);
    if (result !== true) {
      if (!message) {
        generated = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      mismatch = true;
    }
  }
  if (mismatch) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

function callAndCatch(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (err) {
    return err;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(value) {
  return types.isPromise(value) ||
    (value !== null && typeof value === 'object' && typeof value.then === 'function' &&
      typeof value.catch === 'function');
}

async function awaitAndCatch(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (err) {
    return err;
  }
  return NO_EXCEPTION;
}

function expectsError(fn, actual, error, message, ...rest) {
  if (typeof error === 'string') {
    if (rest.length > 0 || message !== undefined) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: fn.name, message: [`Missing expected ${kind}${details}`], stackStartFn: fn,
    });
  }
  if (error) checkExpectedError(actual, error, message, fn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: [`Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`],
      stackStartFn: fn,
    });
  }
  throw actual;
}

function throws(fn, ...args) {
  expectsError(throws, callAndCatch(fn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await awaitAndCatch(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, callAndCatch(fn), ...args);
}

async function doesNotReject(promiseFn, ...args) {
  expectsNoError(doesNotReject, await awaitAndCatch(promiseFn), ...args);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
}

function internalMatch(string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== wantMatch) {
    const generated = message.length === 0;
    if (!message[0]) {
      message[0] = typeof string !== 'string'
        ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
        : `${wantMatch ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression '}${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
    innerFail({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, generatedMessage: generated });
  }
}

function match(string, regexp, ...message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, ...message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

const methods = {
  ok, fail, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, match, doesNotMatch, throws, rejects, doesNotThrow, doesNotReject, ifError,
};
Object.assign(assert, methods);
assert.AssertionError = AssertionError;

function strict(...args) {
  innerOk(strict, args);
}
assert.strict = Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
