'use strict';
// node:timers — Node's timer API over the host's native timer globals.
// The host installs setTimeout/setInterval/setImmediate/clear* natively
// (they capture the AsyncContext mapping when called); this module keeps
// those natives and wraps them so that, like Node, they return Timeout /
// Immediate objects with ref()/unref()/hasRef()/refresh()/close() and a
// numeric Symbol.toPrimitive, validate their arguments, and call the
// callback with the timer object as `this`. bootstrap.js installs the
// wrappers as the globals.

const { validateFunction } = require('internal/errors');

const native = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
  setImmediate: globalThis.setImmediate,
  clearImmediate: globalThis.clearImmediate,
};

const TIMEOUT_MAX = 2 ** 31 - 1;

// Node turns invalid or out-of-range delays into 1 ms (with a warning for
// values that are too large).
function normalizeDelay(delay) {
  let ms = delay * 1;
  if (!(ms >= 1 && ms <= TIMEOUT_MAX)) {
    if (ms > TIMEOUT_MAX) {
      require('node:process').emitWarning(
        `${ms} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
    } else if (ms < 0 && Number.isFinite(ms)) {
      require('node:process').emitWarning(
        `${ms} is a negative number.\nTimeout duration was set to 1.`, 'TimeoutNegativeWarning');
    }
    ms = 1;
  }
  return ms;
}

function setRef(id, ref) {
  if (typeof internal.timerRef === 'function') internal.timerRef(id, ref);
}

// Timers addressable by their numeric id (clearTimeout(+timeout) works in Node).
const timersById = new Map();
let lastFallbackId = 0;

class Timeout {
  #nativeId;
  #callback;
  #args;
  #repeat;
  #ref = true;
  #snapshot;
  #primitiveId;
  #cleared = false;

  constructor(callback, delay, args, repeat) {
    this._idleTimeout = delay;
    this._onTimeout = callback;
    this._repeat = repeat ? delay : null;
    this.#callback = callback;
    this.#args = args;
    this.#repeat = repeat;
    // refresh() must reschedule in the context of the original call.
    this.#snapshot = new AsyncContext.Snapshot();
    this.#schedule();
  }

  #schedule() {
    const fire = () => {
      if (!this.#repeat) this.#forget();
      Reflect.apply(this.#callback, this, this.#args);
    };
    const delay = this._idleTimeout;
    this.#nativeId = this.#repeat ? native.setInterval(fire, delay) : native.setTimeout(fire, delay);
    if (!this.#ref) setRef(this.#nativeId, false);
    const id = typeof this.#nativeId === 'number' ? this.#nativeId : ++lastFallbackId;
    this.#primitiveId ??= id;
    timersById.set(this.#primitiveId, this);
  }

  #forget() {
    this.#cleared = true;
    timersById.delete(this.#primitiveId);
  }

  ref() {
    this.#ref = true;
    setRef(this.#nativeId, true);
    return this;
  }

  unref() {
    this.#ref = false;
    setRef(this.#nativeId, false);
    return this;
  }

  hasRef() {
    return this.#ref;
  }

  refresh() {
    if (!this.#cleared) {
      this.#cancelNative();
      this.#snapshot.run(() => this.#schedule());
    }
    return this;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  #cancelNative() {
    if (this.#repeat) native.clearInterval(this.#nativeId);
    else native.clearTimeout(this.#nativeId);
  }

  // Used by clearTimeout / clearInterval.
  static cancel(timeout) {
    timeout.#cancelNative();
    timeout.#forget();
  }

  [Symbol.toPrimitive]() {
    return this.#primitiveId;
  }

  [Symbol.dispose ?? Symbol.for('nodejs.dispose')]() {
    clearTimeout(this);
  }
}
const cancelTimeout = Timeout.cancel;
delete Timeout.cancel;

class Immediate {
  #nativeId;
  #ref = true;

  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this.#nativeId = native.setImmediate(() => {
      this._onImmediate = null;
      Reflect.apply(callback, this, args);
    });
  }

  ref() {
    this.#ref = true;
    setRef(this.#nativeId, true);
    return this;
  }

  unref() {
    this.#ref = false;
    setRef(this.#nativeId, false);
    return this;
  }

  hasRef() {
    return this.#ref;
  }

  static cancel(immediate) {
    immediate._onImmediate = null;
    native.clearImmediate(immediate.#nativeId);
  }

  [Symbol.dispose ?? Symbol.for('nodejs.dispose')]() {
    clearImmediate(this);
  }
}
const cancelImmediate = Immediate.cancel;
delete Immediate.cancel;

function setTimeout(callback, delay, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, normalizeDelay(delay), args, false);
}

function setInterval(callback, delay, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, normalizeDelay(delay), args, true);
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args);
}

function clearTimeout(timer) {
  if (timer instanceof Timeout) {
    cancelTimeout(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = timersById.get(Number(timer));
    if (known !== undefined) cancelTimeout(known);
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function clearImmediate(immediate) {
  if (immediate instanceof Immediate) cancelImmediate(immediate);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('node:timers/promises');
  },
});
