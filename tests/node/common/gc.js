'use strict';
// Node's test/common/gc, for an engine without async_hooks destroy events:
// onGC(target, { ongc }) calls `ongc` once `target` has been garbage
// collected, through a FinalizationRegistry. Collection only happens when
// the engine decides to (or when a test calls global.gc(), if the host
// provides it), so callers must give it a chance to run.

const registry = new FinalizationRegistry((listener) => listener.ongc());

function onGC(target, gcListener) {
  registry.register(target, gcListener);
}

// Waits (up to `maxCount` rounds of gc + a timer) until `condition()` holds.
async function gcUntil(name, condition, maxCount = 10) {
  for (let count = 0; count < maxCount; count++) {
    if (typeof globalThis.gc === 'function') globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (condition()) return;
  }
  throw new Error(`Test ${name} failed`);
}

module.exports = { onGC, gcUntil };
