'use strict';
// AssertionError with Node's generated messages: "Expected values to be
// strictly equal:\n\n1 !== 2\n", a "+ actual - expected" line diff for
// structures, the "should loosely deep-equal" form for loose comparisons.
// No colors: messages are what Node prints when stderr is not a terminal.

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/errors');
const { myersDiff, printDiff } = require('internal/assert/myers_diff');

const readableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const MAX_SHORT_LENGTH = 12;
const MAX_LONG_LENGTH = 512;
const operatorsWithDiff = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// Errors are compared through a stand-in without their stack.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

function simpleDiff(originalActual, actual, originalExpected, expected) {
  let length = actual.length + expected.length;
  if (typeof originalActual === 'string') length -= 2;
  if (typeof originalExpected === 'string') length -= 2;
  if (length <= MAX_SHORT_LENGTH && (originalActual !== 0 || originalExpected !== 0)) {
    return { message: `${actual} !== ${expected}`, header: '' };
  }
  // Two lines, with a caret under the first differing character of strings.
  let message = `\n+ ${actual}\n- ${expected}`;
  if (typeof originalActual === 'string' && typeof originalExpected === 'string' &&
      actual.length + expected.length <= 80) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { message };
}

function createDiffMessage(actual, expected, operator, customMessage, diffMode) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
        (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  let skipped = false;
  let message;
  let header = '+ actual - expected';
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  const isSimple = actualLines.length <= 1 && expectedLines.length <= 1 &&
    (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null);

  if (isSimple) {
    const result = simpleDiff(actual, actualLines[0], expected, expectedLines[0]);
    message = result.message;
    if (result.header !== undefined) header = result.header;
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    if (actualLines.length > 50 && diffMode !== 'full') {
      message = `${actualLines.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = actualLines.join('\n');
    }
    header = '';
  } else {
    const diff = myersDiff(actualLines, expectedLines, actual != null && typeof actual === 'object');
    const printed = printDiff(diff);
    message = printed.message;
    if (printed.skipped) skipped = true;
  }
  const headerMessage = `${customMessage || readableOperator[operator]}\n${header}`;
  return `${headerMessage}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

function generatedMessage(actual, expected, operator, diffMode) {
  if (operatorsWithDiff.has(operator)) return createDiffMessage(actual, expected, operator, undefined, diffMode);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = readableOperator[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && isObjectLike(actual)) base = readableOperator.notStrictEqualObject;
    if (lines.length > 50 && diffMode !== 'full') {
      lines[46] = '...';
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const known = readableOperator[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    let text = `${known}\n\n${shownActual}`;
    if (text.length > 1024 && diffMode !== 'full') text = `${text.slice(0, 1021)}...`;
    return text;
  }
  if (shownActual.length > MAX_LONG_LENGTH && diffMode !== 'full') shownActual = `${shownActual.slice(0, 509)}...`;
  if (shownExpected.length > MAX_LONG_LENGTH && diffMode !== 'full') shownExpected = `${shownExpected.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    return `${known}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  }
  const unequal = readableOperator[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  return `${shownActual} ${operator} ${shownExpected}`;
}

// Long strings are shortened when the error itself is inspected.
function addEllipsis(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (text.length > MAX_LONG_LENGTH) return `${text.slice(MAX_LONG_LENGTH)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, stackStartFunction, diff = 'simple' } = options;
    let { actual, expected } = options;

    let text;
    if (message != null) {
      text = operatorsWithDiff.has(operator)
        ? createDiffMessage(actual, expected, operator, message, diff)
        : String(message);
    } else {
      if (actual instanceof Error && expected instanceof Error && 'stack' in actual && 'stack' in expected) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = generatedMessage(actual, expected, operator, diff);
    }
    super(text);

    this.generatedMessage = !message;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    // The stack header names the code, like Node's own errors.
    Object.defineProperty(this, 'name', {
      value: 'AssertionError', enumerable: false, writable: true, configurable: true,
    });
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    }
    rewriteStackHeader(this);
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

function rewriteStackHeader(error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const plain = `AssertionError: ${error.message}`;
  const headerEnd = stack.startsWith(plain) ? plain.length : -1;
  const rest = headerEnd === -1 ? stack.slice(stack.indexOf('\n    at') === -1 ? stack.length : stack.indexOf('\n    at')) : stack.slice(headerEnd);
  Object.defineProperty(error, 'stack', {
    value: `AssertionError [ERR_ASSERTION]: ${error.message}${rest}`,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

module.exports = { AssertionError, inspectValue };
