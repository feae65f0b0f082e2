'use strict';
// A small stand-in for Node's test/common (test/common/index.js), holding
// only what the AsyncLocalStorage / AsyncResource tests in
// shared/node-tests use. Like Node's, it checks at process exit that every
// mustCall* wrapper was called the expected number of times: a mismatch
// prints Node's "Mismatched <name> function calls..." message and makes the
// exit code 1.

const assert = require('assert');

// Every counted wrapper made so far; checked once, on 'exit'.
const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((context) => {
    if ('minimum' in context) return context.actual < context.minimum;
    return context.actual !== context.exact;
  });
  for (const context of failed) {
    const expected = 'minimum' in context ? `at least ${context.minimum}` : `exactly ${context.exact}`;
    console.log('Mismatched %s function calls. Expected %s, actual %d.', context.name, expected, context.actual);
    console.log(context.stack.split('\n').slice(2).join('\n'));
  }
  if (failed.length > 0) process.exit(1);
}

process.on('exit', runCallChecks);

const noop = () => {};

// Node's test/common accepts `mustCall(fn, exact)` and `mustCall(exact)`.
function mustCall(fn, exact) {
  return makeCallCheck(fn, exact, 'exact');
}

function mustCallAtLeast(fn, minimum) {
  return makeCallCheck(fn, minimum, 'minimum');
}

function makeCallCheck(fn, count, field) {
  if (typeof fn === 'number') {
    count = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (count === undefined) count = 1;
  if (typeof count !== 'number') throw new TypeError(`Invalid ${field} value: ${count}`);
  const context = {
    [field]: count,
    actual: 0,
    stack: new Error().stack ?? '',
    name: fn.name || '<anonymous>',
  };
  mustCallChecks.push(context);
  const wrapper = function (...args) {
    context.actual++;
    return Reflect.apply(fn, this, args);
  };
  // Tests may check the wrapped function's arity (e.g. AsyncResource.bind keeps `length`).
  Object.defineProperty(wrapper, 'length', { value: fn.length, writable: false, enumerable: false, configurable: true });
  Object.defineProperty(wrapper, 'name', { value: fn.name, writable: false, enumerable: false, configurable: true });
  return wrapper;
}

// The call site of the code that called mustNotCall, for the failure message.
function callerLocation() {
  const lines = (new Error().stack ?? '').split('\n');
  const frame = lines[3];
  return frame === undefined ? '' : ` at ${frame.trim().replace(/^at /, '')}`;
}

function mustNotCall(message) {
  const location = callerLocation();
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ? `\ncalled with arguments: ${args.map((arg) => String(arg)).join(', ')}` : '';
    assert.fail(`${message || 'function should not have been called'}${location}${argsInfo}`);
  };
}

function skip(message) {
  process.stdout.write(`1..0 # Skipped: ${message}\n`);
  process.exit(0);
}

module.exports = {
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  skip,
  // No crypto, tls or http2 in minijs.
  hasCrypto: false,
  hasIntl: typeof Intl === 'object',
  isWindows: process.platform === 'win32',
  isLinux: process.platform === 'linux',
  isMacOS: process.platform === 'darwin',
  platformTimeout: (ms) => ms,
};
