'use strict';
// Dev tool, not shipped: a TC39 AsyncContext stand-in for running the stdlib
// under Node 26, which has no AsyncContext global. The whole mapping lives in
// one Node AsyncLocalStorage (Node's AsyncContextFrame propagates it through
// promises, timers and nextTick exactly where the engine's mapping goes), so
// the stdlib's async_hooks can be tested against Node's own test files.
//
// `AsyncContext.__enterWith(variable, value)` implements the host hook
// internal.enterWith (see INTERNAL.md).

const { AsyncLocalStorage: NodeStorage } = require('node:async_hooks');

const frame = new NodeStorage();
const EMPTY = new Map();

function currentMapping() {
  return frame.getStore() ?? EMPTY;
}

function withEntry(mapping, variable, value) {
  const next = new Map(mapping);
  next.set(variable, value);
  return next;
}

class Variable {
  #name;
  #defaultValue;

  constructor(options) {
    let name = '';
    let defaultValue;
    if (options !== null && typeof options === 'object') {
      if ('name' in options) name = String(options.name);
      defaultValue = options.defaultValue;
    }
    this.#name = name;
    this.#defaultValue = defaultValue;
  }

  get name() {
    return this.#name;
  }

  get() {
    const mapping = currentMapping();
    return mapping.has(this) ? mapping.get(this) : this.#defaultValue;
  }

  run(value, fn, ...args) {
    return frame.run(withEntry(currentMapping(), this, value), fn, ...args);
  }
}

class Snapshot {
  #mapping = currentMapping();

  run(fn, ...args) {
    return frame.run(this.#mapping, fn, ...args);
  }

  static wrap(fn) {
    if (typeof fn !== 'function') throw new TypeError('wrap requires a function');
    const snapshot = new Snapshot();
    return function wrapped(...args) {
      return snapshot.run(() => Reflect.apply(fn, this, args));
    };
  }
}

function enterWith(variable, value) {
  frame.enterWith(withEntry(currentMapping(), variable, value));
}

function install() {
  globalThis.AsyncContext = { Variable, Snapshot, __enterWith: enterWith };
}

module.exports = { install, Variable, Snapshot, enterWith };
