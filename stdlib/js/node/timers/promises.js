'use strict';
// node:timers/promises — promise versions of the timers: setTimeout(delay,
// value), setImmediate(value), setInterval(delay, value) as an async
// iterator, and scheduler.wait()/yield(). Options: { signal, ref }.

const timers = require('node:timers');
const { codes, validateObject, validateBoolean } = require('internal/errors');

function abortError(signal) {
  const error = new Error('The operation was aborted');
  error.code = 'ABORT_ERR';
  error.name = 'AbortError';
  if (signal?.reason !== undefined) error.cause = signal.reason;
  return error;
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// Starts a timer via `start(resolve)` and ties it to the abort signal.
function cancellable(signal, ref, start, cancel) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    let onAbort;
    const timer = start((value) => {
      if (onAbort) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) timer.unref();
    if (signal) {
      onAbort = () => {
        cancel(timer);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(delay, value, options = {}) {
  let checked;
  try {
    checked = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(checked.signal, checked.ref,
    (done) => timers.setTimeout(() => done(value), delay), timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  let checked;
  try {
    checked = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(checked.signal, checked.ref,
    (done) => timers.setImmediate(() => done(value)), timers.clearImmediate);
}

// Yields `value` every `delay` ms; ticks that happen while nobody is
// waiting are counted and delivered one by one.
async function* setInterval(delay, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pendingTicks = 0;
  let wake = null;
  let aborted = false;
  const interval = timers.setInterval(() => {
    pendingTicks++;
    if (wake) {
      wake();
      wake = null;
    }
  }, delay);
  if (!ref) interval.unref();
  const onAbort = () => {
    aborted = true;
    if (wake) {
      wake();
      wake = null;
    }
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pendingTicks === 0 && !aborted) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw abortError(signal);
      for (; pendingTicks > 0; pendingTicks--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  yield() {
    return setImmediate();
  }

  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(),
};
