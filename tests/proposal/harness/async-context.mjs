// Stands in for the proposal's polyfill ("../src/index"): the test runs against the engine's NATIVE
// global AsyncContext. Failing loudly here beats 19 confusing failures later.
if (typeof globalThis.AsyncContext !== "object" || globalThis.AsyncContext === null) {
  throw new TypeError("globalThis.AsyncContext is missing: this engine has no native AsyncContext");
}
export const AsyncContext = globalThis.AsyncContext;
