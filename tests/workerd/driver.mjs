// Runs one of workerd's JS test modules the way `workerd test` does:
//
//   minijs run tests/workerd/driver.mjs <module.js> [case ...]
//
// imports the module, then calls `test(controller, env, ctx)` of every
// exported object that has one (or only of the named exports), one after
// another in the module namespace's order (export names sorted by code unit,
// which is also the order workerd's runner uses), awaiting each. A case
// passes when its promise fulfils. Prints `ok <name>` or
// `not ok <name>: <error>` per case on stdout (diagnostics go to stderr) and
// exits with 1 if any case failed (70 if the driver itself failed).
// tests/src/workerd_suite.rs runs it for every module (tests/workerd/CASES).
//
// workerd's global scope differs from Node's in a few places these tests
// look at; the shims below reproduce exactly those (and nothing else):
//
// 1. Rejections and uncaught exceptions are never fatal: workerd logs them.
//    An exception that escapes a callback (a microtask, a timer) is delivered
//    to the global 'error' event as an ErrorEvent first, in the async context
//    it escaped from.
// 2. The 'rejectionhandled' event carries `reason: undefined` (workerd's
//    jsg UnhandledRejectionHandler passes undefined, not the promise result).
// 3. queueMicrotask(nonFunction) throws workerd's WebIDL TypeError text.
// 4. Each case is its own request (IoContext): timers it leaves behind are
//    cancelled when it ends, and the next case starts in a later macrotask,
//    so rejection events of one case are dispatched before the next begins.
//
// The unhandled-rejection timing itself is the host's (after the microtask
// checkpoint), which is workerd's `unhandled_rejection_after_microtask_checkpoint`.

import process from 'node:process';

// A case still pending after this long fails (WORKERD_CASE_TIMEOUT_MS
// overrides it); one that waits on nothing at all fails at once.
const CASE_TIMEOUT_MS = Number(process.env.WORKERD_CASE_TIMEOUT_MS) || 10000;

const nativeSetTimeout = globalThis.setTimeout;
const nativeClearTimeout = globalThis.clearTimeout;
const nativeSetImmediate = globalThis.setImmediate;

function describeError(error) {
  if (error instanceof Error) {
    const name = typeof error.name === 'string' ? error.name : 'Error';
    const code = error.code !== undefined ? ` [${error.code}]` : '';
    return `${name}${code}: ${error.message}`.replace(/\n/g, '\\n');
  }
  try {
    return `thrown non-Error: ${String(error)}`;
  } catch {
    return 'thrown non-Error value';
  }
}

function log(text) {
  process.stderr.write(`# ${text}\n`);
}

// --- 1. non-fatal errors, the global 'error' event --------------------------

process.on('uncaughtException', (error) => {
  const message = error instanceof Error ? error.message : String(error);
  const event = new ErrorEvent('error', { cancelable: true, error, message });
  globalThis.dispatchEvent(event);
  if (!event.defaultPrevented) log(`uncaught exception (logged, as workerd does): ${describeError(error)}`);
});

process.on('unhandledRejection', (reason) => {
  log(`unhandled rejection (logged, as workerd does): ${describeError(reason)}`);
});

// --- 2. 'rejectionhandled' without a reason ---------------------------------

const dispatchEvent = globalThis.dispatchEvent;
globalThis.dispatchEvent = function dispatchEventAsWorkerd(event) {
  if (event?.type === 'rejectionhandled' && event.reason !== undefined) {
    const Rejection = event.constructor;
    event = new Rejection('rejectionhandled', { cancelable: event.cancelable, promise: event.promise, reason: undefined });
  }
  return Reflect.apply(dispatchEvent, this, [event]);
};

// --- 3. queueMicrotask's argument check --------------------------------------

const queueMicrotask = globalThis.queueMicrotask;
globalThis.queueMicrotask = function queueMicrotaskAsWorkerd(callback) {
  if (typeof callback !== 'function') {
    throw new TypeError(
      "Failed to execute 'queueMicrotask' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'.");
  }
  return queueMicrotask(callback);
};

// --- 4. per-case timers -------------------------------------------------------

const caseTimers = new Set();
for (const [setName, clearName] of [['setTimeout', 'clearTimeout'], ['setInterval', 'clearInterval']]) {
  const set = globalThis[setName];
  const clear = globalThis[clearName];
  globalThis[setName] = { [setName](...args) {
    const timer = Reflect.apply(set, this, args);
    caseTimers.add({ timer, clear });
    return timer;
  } }[setName];
}

function cancelCaseTimers() {
  for (const { timer, clear } of caseTimers) clear(timer);
  caseTimers.clear();
}

// --- running the cases --------------------------------------------------------

function nextMacrotask() {
  return new Promise((resolve) => nativeSetImmediate(resolve));
}

const ctx = {
  waitUntil() {},
  passThroughOnException() {},
  props: {},
};

let pendingCase = null;
process.on('beforeExit', () => {
  if (pendingCase === null) return;
  pendingCase.fail(new Error('the test promise never settled (no work left)'));
});

// Runs one case; resolves with an error description, or null when it passed.
function runCase(name, testCase) {
  return new Promise((resolve) => {
    const settle = (outcome) => {
      if (pendingCase === null) return;
      pendingCase = null;
      nativeClearTimeout(timeout);
      resolve(outcome);
    };
    // Unreferenced: a case waiting on nothing is caught by 'beforeExit' at once.
    const timeout = nativeSetTimeout(() => settle(`timed out after ${CASE_TIMEOUT_MS} ms`), CASE_TIMEOUT_MS);
    timeout.unref?.();
    pendingCase = { fail: (error) => settle(describeError(error)) };
    try {
      Promise.resolve(testCase.test({}, {}, ctx)).then(() => settle(null), (error) => settle(describeError(error)));
    } catch (error) {
      settle(describeError(error));
    }
  });
}

async function main() {
  const [modulePath, ...selected] = process.argv.slice(2);
  if (modulePath === undefined) {
    process.stderr.write('usage: minijs run driver.mjs <module.js> [case ...]\n');
    return 2;
  }
  const specifier = `file://${modulePath.startsWith('/') ? modulePath : `${process.cwd()}/${modulePath}`}`;
  let namespace;
  try {
    namespace = await import(specifier);
  } catch (error) {
    console.log(`not ok ${modulePath}: import failed: ${describeError(error)}`);
    return 1;
  }
  const names = Object.keys(namespace).filter((name) => typeof namespace[name]?.test === 'function');
  for (const name of selected) {
    if (!names.includes(name)) {
      console.log(`not ok ${name}: no exported test case with this name`);
      return 1;
    }
  }
  let failures = 0;
  for (const name of names) {
    if (selected.length > 0 && !selected.includes(name)) continue;
    await nextMacrotask();
    const error = await runCase(name, namespace[name]);
    cancelCaseTimers();
    if (error === null) {
      console.log(`ok ${name}`);
    } else {
      failures++;
      console.log(`not ok ${name}: ${error}`);
    }
  }
  // Let the last case's rejection events run before the process ends.
  await nextMacrotask();
  return failures === 0 ? 0 : 1;
}

// The process listeners above swallow uncaught errors, so a failure of the
// driver itself is reported here.
let exitCode;
try {
  exitCode = await main();
} catch (error) {
  console.log(`not ok (driver): ${describeError(error)}`);
  exitCode = 70;
}
process.exit(exitCode);
