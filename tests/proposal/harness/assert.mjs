// Minimal stand-in for Node's `assert` module, strict flavour (the test imports `{ strict as assert }`).
// Only what a strict assert means is kept: equal is SameValue (Object.is), like node:assert/strict.

export class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = "AssertionError";
  }
}

function describe(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object" && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return "[object]";
    }
  }
  return String(value);
}

function equal(actual, expected, message) {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(message ?? `Expected values to be strictly equal:\n${describe(actual)} !== ${describe(expected)}`);
  }
}

function notEqual(actual, expected, message) {
  if (Object.is(actual, expected)) {
    throw new AssertionError(message ?? `Expected "actual" to be strictly unequal to: ${describe(expected)}`);
  }
}

function ok(value, message) {
  if (!value) throw new AssertionError(message ?? `The expression evaluated to a falsy value: ${describe(value)}`);
}

function throws(fn, message) {
  try {
    fn();
  } catch {
    return;
  }
  throw new AssertionError(message ?? "Missing expected exception.");
}

export const strict = Object.assign((value, message) => ok(value, message), {
  AssertionError,
  equal,
  strictEqual: equal,
  notEqual,
  notStrictEqual: notEqual,
  ok,
  throws,
});
strict.strict = strict;
export default strict;
