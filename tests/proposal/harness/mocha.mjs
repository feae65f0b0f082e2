// A mocha-like `describe` / `it` for the proposal test (see ../README.md).
//
// `describe(name, fn)` runs `fn` at once to collect the `it` calls inside it; `it(name, fn)` registers a
// test under the current describe path. Both are installed as writable globals before the test module is
// evaluated, because the test reads the global `it` and then reassigns it (which, in module code, only
// works when a global property of that name exists). `runRegisteredTests()` runs them in order and prints
// one TAP-style line per test, then the plain `N passed, M failed` line; it makes the process exit
// non-zero (an uncaught error) when anything failed. Tests are synchronous, like the proposal's.

const registered = [];
const path = [];

function describe(name, fn) {
  path.push(String(name));
  try {
    fn();
  } finally {
    path.pop();
  }
}

function it(name, fn) {
  registered.push({ name: [...path, String(name)].join(" > "), fn });
}

Object.defineProperty(globalThis, "describe", { value: describe, writable: true, configurable: true });
Object.defineProperty(globalThis, "it", { value: it, writable: true, configurable: true });

function errorText(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `thrown: ${String(error)}`;
}

export function runRegisteredTests() {
  let passed = 0;
  let failed = 0;
  registered.forEach((test, index) => {
    const number = index + 1;
    try {
      test.fn();
      passed++;
      console.log(`ok ${number} - ${test.name}`);
    } catch (error) {
      failed++;
      console.log(`not ok ${number} - ${test.name}`);
      for (const line of errorText(error).split("\n")) console.log(`  # ${line}`);
    }
  });
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0 || registered.length === 0) {
    throw new Error(`proposal tests: ${failed} of ${registered.length} failed`);
  }
}
