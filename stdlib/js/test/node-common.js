'use strict';
// Dev tool, not shipped: the part of Node's test/common that the async_hooks
// tests use (mustCall, mustCallAtLeast, mustNotCall, skip, hasCrypto). Call
// counts are checked when `process` (the stdlib's) emits 'exit'.

const assert = require('node:assert');

const checks = [];

function mustCall(fn, exact) {
  return makeCounted(fn, exact, 'exactly');
}

function mustCallAtLeast(fn, minimum) {
  return makeCounted(fn, minimum, 'at least');
}

function makeCounted(fn, expected, mode) {
  if (typeof fn === 'number') {
    expected = fn;
    fn = () => {};
  }
  fn ??= () => {};
  expected ??= 1;
  const check = { name: fn.name || '<anonymous>', expected, actual: 0, mode, stack: new Error().stack };
  checks.push(check);
  const wrapper = function (...args) {
    check.actual++;
    return Reflect.apply(fn, this, args);
  };
  Object.defineProperty(wrapper, 'length', { value: fn.length });
  return wrapper;
}

function mustNotCall(message = 'function should not have been called') {
  return function mustNotCallWrapper() {
    assert.fail(message);
  };
}

function installExitCheck(process) {
  process.on('exit', () => {
    const failed = checks.filter((c) => (c.mode === 'exactly' ? c.actual !== c.expected : c.actual < c.expected));
    for (const c of failed) {
      process.stderr.write(`Mismatched ${c.name} function calls. Expected ${c.mode} ${c.expected}, actual ${c.actual}.\n${c.stack}\n`);
    }
    if (failed.length > 0) process.exitCode = 1;
  });
}

module.exports = {
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  installExitCheck,
  hasCrypto: false,
  skip(message) {
    process.stdout.write(`1..0 # Skipped: ${message}\n`);
    process.exit(0);
  },
};
