'use strict';
// node:async_hooks on top of the engine's AsyncContext (TC39 proposal):
//
// - AsyncLocalStorage owns ONE private AsyncContext.Variable. Propagation
//   through promises, await, timers, nextTick, ... is the engine's; nothing
//   here tracks async work.
// - AsyncResource captures an AsyncContext.Snapshot at construction and runs
//   callbacks inside it.
// - Async ids, executionAsyncId() and createHook() are a small emulation:
//   ids exist only for AsyncResource objects, and hooks fire only for
//   AsyncResources (init / before / after / destroy), never for promises,
//   timers or I/O. Outside runInAsyncScope the answers are workerd's:
//   executionAsyncId() and triggerAsyncId() are 0 (Node 26 too, in promise
//   jobs and ES modules) and executionAsyncResource() is one empty
//   null-prototype object.
//
// Semantics follow Node 24+ (AsyncContextFrame): run() changes only its own
// store and restores it afterwards; enterWith() replaces the current context
// until the enclosing callback or job ends (host hook internal.enterWith);
// disable() removes the store from the current context and everything that
// captured it, until the next run()/enterWith().

const { codes, validateObject, validateFunction, validateString } = require('internal/errors');

// --- async ids and hooks (emulation) ---------------------------------------

const TOP_LEVEL_ASYNC_ID = 0;
const TOP_LEVEL_TRIGGER_ID = 0;
const topLevelResource = Object.create(null);
let lastAsyncId = TOP_LEVEL_ASYNC_ID;

// Scopes entered by runInAsyncScope, innermost last. Synchronous only: a
// callback run later by the event loop starts from the top level again.
const executionStack = [];

function executionAsyncId() {
  const top = executionStack[executionStack.length - 1];
  return top === undefined ? TOP_LEVEL_ASYNC_ID : top.asyncId;
}

function triggerAsyncId() {
  const top = executionStack[executionStack.length - 1];
  return top === undefined ? TOP_LEVEL_TRIGGER_ID : top.triggerAsyncId;
}

function executionAsyncResource() {
  const top = executionStack[executionStack.length - 1];
  return top === undefined ? topLevelResource : top.resource;
}

const enabledHooks = [];

function hooksWith(kind) {
  return enabledHooks.filter((hook) => typeof hook.callbacks[kind] === 'function');
}

function emitHook(kind, ...args) {
  for (const hook of hooksWith(kind)) Reflect.apply(hook.callbacks[kind], hook, args);
}

class AsyncHook {
  constructor(callbacks) {
    for (const kind of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
      if (callbacks[kind] !== undefined && typeof callbacks[kind] !== 'function') {
        throw new codes.ERR_ASYNC_CALLBACK(`hook.${kind}`);
      }
    }
    this.callbacks = {
      init: callbacks.init,
      before: callbacks.before,
      after: callbacks.after,
      destroy: callbacks.destroy,
      promiseResolve: callbacks.promiseResolve,
    };
  }

  enable() {
    if (!enabledHooks.includes(this)) enabledHooks.push(this);
    return this;
  }

  disable() {
    const index = enabledHooks.indexOf(this);
    if (index !== -1) enabledHooks.splice(index, 1);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

// Node exposes the native resource kinds it knows; none exist here, but the
// table keeps code that reads it working.
const asyncWrapProviders = Object.freeze({ __proto__: null, NONE: 0, PROMISE: 28 });

// --- AsyncResource --------------------------------------------------------------

class AsyncResource {
  #snapshot;
  #asyncId;
  #triggerAsyncId;
  #destroyed = false;

  constructor(type, options = {}) {
    validateString(type, 'type');
    let trigger = options;
    if (typeof options !== 'number') {
      trigger = options.triggerAsyncId === undefined ? executionAsyncId() : options.triggerAsyncId;
    }
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    }
    this.#snapshot = new AsyncContext.Snapshot();
    this.#asyncId = ++lastAsyncId;
    this.#triggerAsyncId = trigger;
    const initHooks = hooksWith('init');
    if (initHooks.length > 0) {
      if (type.length === 0) throw new codes.ERR_ASYNC_TYPE(type);
      emitHook('init', this.#asyncId, type, trigger, this);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const scope = { asyncId: this.#asyncId, triggerAsyncId: this.#triggerAsyncId, resource: this };
    executionStack.push(scope);
    try {
      if (enabledHooks.length > 0) emitHook('before', this.#asyncId);
      return this.#snapshot.run(Reflect.apply, fn, thisArg, args);
    } finally {
      // Pop exactly our scope even if a callback left the stack unbalanced.
      const index = executionStack.lastIndexOf(scope);
      if (index !== -1) executionStack.length = index;
      if (enabledHooks.length > 0) emitHook('after', this.#asyncId);
    }
  }

  emitDestroy() {
    if (!this.#destroyed) {
      this.#destroyed = true;
      const asyncId = this.#asyncId;
      if (hooksWith('destroy').length > 0) queueMicrotask(() => emitHook('destroy', asyncId));
    }
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  // Returns a function that runs `fn` in this resource's context. Without
  // thisArg the wrapper passes its own call-site `this` through.
  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function bound(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    Object.defineProperty(bound, 'length', {
      value: fn.length,
      writable: false,
      enumerable: false,
      configurable: true,
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn?.name;
    return new AsyncResource(type || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

// --- AsyncLocalStorage ---------------------------------------------------------------

// The variable's value is a cell rather than the store itself: disable()
// marks the cell, which every context that captured this entry shares.
function makeCell(store) {
  return { store, disabled: false };
}

class AsyncLocalStorage {
  #variable;
  #defaultValue;
  #name;

  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
    this.#variable = new AsyncContext.Variable({ name: this.#name ?? '' });
  }

  get name() {
    return this.#name || '';
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncLocalStorage.bind((callback, ...args) => callback(...args));
  }

  getStore() {
    const cell = this.#variable.get();
    if (cell === undefined || cell.disabled) return this.#defaultValue;
    return cell.store;
  }

  // Makes `store` current for the rest of the current callback or job and
  // for everything it schedules.
  enterWith(store) {
    internal.enterWith(this.#variable, makeCell(store));
  }

  // Runs `fn` with `store` current, then restores only this storage's
  // previous store (other storages keep changes made inside, like Node).
  run(store, fn, ...args) {
    const prior = this.getStore();
    if (Object.is(prior, store)) return Reflect.apply(fn, null, args);
    this.enterWith(store);
    try {
      return Reflect.apply(fn, null, args);
    } finally {
      this.enterWith(prior);
    }
  }

  exit(fn, ...args) {
    return this.run(undefined, fn, ...args);
  }

  disable() {
    const cell = this.#variable.get();
    if (cell !== undefined) cell.disabled = true;
  }

  // `using scope = als.withScope(store)`: enterWith until disposed.
  withScope(store) {
    return new RunScope(this, store);
  }
}

class RunScope {
  #storage;
  #previous;
  #disposed = false;

  constructor(storage, store) {
    this.#storage = storage;
    this.#previous = storage.getStore();
    storage.enterWith(store);
  }

  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#storage.enterWith(this.#previous);
  }

  [Symbol.dispose ?? Symbol.for('nodejs.dispose')]() {
    this.dispose();
  }
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  asyncWrapProviders,
  createHook,
  executionAsyncId,
  executionAsyncResource,
  triggerAsyncId,
};
