'use strict';
// node:events — EventEmitter with Node's observable behaviour: listeners run
// synchronously in registration order (in the emit() caller's async context),
// 'error' without a listener throws, 'newListener'/'removeListener' meta
// events, once() wrappers that remember the original listener, the
// max-listeners leak warning, and optional captureRejections. Also the static
// helpers once()/on() and EventEmitterAsyncResource.

const { codes, validateFunction, validateNumber, validateObject } = require('internal/errors');

const kCapture = Symbol('kCapture');
// Node marks emitters whose _events were inherited; kept so inspect output matches.
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');

let defaultMaxListeners = 10;
let lazyInspect;
function inspect(value) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(value);
}
function processModule() {
  return require('node:process');
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function EventEmitter(options) {
  EventEmitter.init.call(this, options);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(options) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (options?.captureRejections) {
    if (typeof options.captureRejections !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', options.captureRejections);
    }
    this[kCapture] = Boolean(options.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
    EventEmitter.prototype[kCapture] = value;
  },
});
EventEmitter.prototype[kCapture] = false;

EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.usingDomains = false;

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// A listener returning a rejected promise becomes an 'error' event (or a
// call to the emitter's Symbol.for('nodejs.rejection') method).
function captureRejection(emitter, promise, type, args) {
  if (!emitter[kCapture] || promise === null || typeof promise.then !== 'function') return;
  promise.then(undefined, (err) => {
    processModule().nextTick(() => {
      if (typeof emitter[kRejection] === 'function') {
        emitter[kRejection](err, type, ...args);
        return;
      }
      const previous = emitter[kCapture];
      try {
        emitter[kCapture] = false;
        emitter.emit('error', err);
      } finally {
        emitter[kCapture] = previous;
      }
    });
  });
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let isError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (isError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    isError = isError && events.error === undefined;
  } else if (!isError) {
    return false;
  }

  if (isError) {
    const error = args.length > 0 ? args[0] : undefined;
    if (error instanceof Error) throw error;
    let shown;
    try {
      shown = inspect(error);
    } catch {
      shown = error;
    }
    const unhandled = new codes.ERR_UNHANDLED_ERROR(shown);
    unhandled.context = error;
    throw unhandled;
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) captureRejection(this, result, type, args);
  } else {
    // Listeners added or removed during this emit do not affect it.
    for (const listener of handler.slice()) {
      const result = Reflect.apply(listener, this, args);
      if (result !== undefined && result !== null) captureRejection(this, result, type, args);
    }
  }
  return true;
};

function warnAboutLeak(target, type, count) {
  const name = target.constructor?.name || 'EventEmitter';
  const warning = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners added to ` +
    `[${name}]. MaxListeners is ${maxListenersOf(target)}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = count;
  processModule().emitWarning(warning);
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = maxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    warnAboutLeak(target, type, existing.length);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListenerMethod(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

// A once() listener is a wrapper that removes itself before calling the
// original; `wrapper.listener` points back to the original.
function onceWrapper(target, type, listener) {
  const state = { fired: false };
  function wrapper(...args) {
    if (state.fired) return undefined;
    target.removeListener(type, wrapper);
    state.fired = true;
    return Reflect.apply(listener, target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) this._events = { __proto__: null };
    else delete events[type];
    if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners there is nobody to tell.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((l) => l.listener || l) : list.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (list === undefined) return 0;
  if (typeof list === 'function') {
    return listener == null || listener === list || listener === list.listener ? 1 : 0;
  }
  if (listener == null) return list.length;
  return list.filter((l) => l === listener || l.listener === listener).length;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// --- static helpers -----------------------------------------------------------

function isEventTarget(target) {
  return typeof target?.addEventListener === 'function' && typeof target?.removeEventListener === 'function';
}

function getEventListeners(target, type) {
  if (typeof target?.listeners === 'function') return target.listeners(type);
  if (isEventTarget(target)) return require('internal/event_target').listenersFor(target, type);
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], target);
}

function getMaxListeners(target) {
  if (typeof target?.getMaxListeners === 'function') return target.getMaxListeners();
  if (target?.[kMaxEventTargetListeners] !== undefined) return target[kMaxEventTargetListeners];
  return defaultMaxListeners;
}

function setMaxListeners(n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of targets) {
    if (typeof target?.setMaxListeners === 'function') target.setMaxListeners(n);
    else if (isEventTarget(target)) target[kMaxEventTargetListeners] = n;
    else throw new codes.ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
  }
}

function abortError(signal) {
  const error = new Error('The operation was aborted');
  error.name = 'AbortError';
  error.code = 'ABORT_ERR';
  if (signal?.reason !== undefined) error.cause = signal.reason;
  return error;
}

// Resolves with the arguments of the next `name` event; rejects on 'error'.
function once(emitter, name, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const cleanups = [];
    const cleanup = () => cleanups.forEach((fn) => fn());
    if (isEventTarget(emitter) && typeof emitter.on !== 'function') {
      const listener = (...args) => {
        cleanup();
        resolve(args);
      };
      emitter.addEventListener(name, listener, { once: true });
      cleanups.push(() => emitter.removeEventListener(name, listener));
    } else {
      const onEvent = (...args) => {
        cleanup();
        resolve(args);
      };
      emitter.once(name, onEvent);
      cleanups.push(() => emitter.removeListener(name, onEvent));
      if (name !== 'error') {
        const onError = (err) => {
          cleanup();
          reject(err);
        };
        emitter.once('error', onError);
        cleanups.push(() => emitter.removeListener('error', onError));
      }
    }
    if (signal) {
      const onAbort = () => {
        cleanup();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal.removeEventListener('abort', onAbort));
    }
  });
}

// An async iterator over `event` emissions (each value is the args array).
function on(emitter, event, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  if (signal?.aborted) throw abortError(signal);
  const queued = [];
  const waiting = [];
  let failure = null;
  let finished = false;

  const push = (args) => {
    const next = waiting.shift();
    if (next) next.resolve({ value: args, done: false });
    else queued.push(args);
  };
  const fail = (err) => {
    finished = true;
    const next = waiting.shift();
    if (next) next.reject(err);
    else failure = err;
    stop();
  };
  const onEvent = (...args) => push(args);
  const onError = (err) => fail(err);
  const onAbort = () => fail(abortError(signal));
  function stop() {
    emitter.removeListener(event, onEvent);
    if (event !== 'error') emitter.removeListener('error', onError);
    signal?.removeEventListener('abort', onAbort);
    for (const pending of waiting.splice(0)) pending.resolve({ value: undefined, done: true });
  }
  emitter.on(event, onEvent);
  if (event !== 'error') emitter.on('error', onError);
  signal?.addEventListener('abort', onAbort, { once: true });

  return {
    next() {
      if (queued.length > 0) return Promise.resolve({ value: queued.shift(), done: false });
      if (failure !== null) {
        const err = failure;
        failure = null;
        return Promise.reject(err);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finished = true;
      stop();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      fail(err);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

// --- EventEmitterAsyncResource ---------------------------------------------------

let lazyAsyncResource;
function asyncResourceClass() {
  lazyAsyncResource ??= require('node:async_hooks').AsyncResource;
  return lazyAsyncResource;
}

// An EventEmitter whose emit() runs every listener in the async context that
// was current when the emitter was created.
class EventEmitterAsyncResource extends EventEmitter {
  #asyncResource;

  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
      name = options?.name || new.target.name;
    }
    super(options);
    const AsyncResource = asyncResourceClass();
    const resource = new AsyncResource(name, options);
    resource.eventEmitter = this;
    this.#asyncResource = resource;
  }

  emit(event, ...args) {
    const resource = this.#asyncResource;
    return resource.runInAsyncScope(super.emit, this, event, ...args);
  }

  emitDestroy() {
    this.#asyncResource.emitDestroy();
  }

  get asyncId() {
    return this.#asyncResource.asyncId();
  }

  get triggerAsyncId() {
    return this.#asyncResource.triggerAsyncId();
  }

  get asyncResource() {
    return this.#asyncResource;
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateFunction(listener, 'listener');
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  return { [Symbol.dispose ?? Symbol.for('nodejs.dispose')]() { signal.removeEventListener('abort', listener); } };
}

module.exports = EventEmitter;
Object.assign(EventEmitter, {
  EventEmitter,
  EventEmitterAsyncResource,
  once,
  on,
  getEventListeners,
  getMaxListeners,
  setMaxListeners,
  addAbortListener,
});
