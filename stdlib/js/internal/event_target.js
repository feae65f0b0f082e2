'use strict';
// Event and EventTarget (the DOM subset Node exposes as globals), plus
// PromiseRejectionEvent for the global 'unhandledrejection' /
// 'rejectionhandled' events, and ErrorEvent. Dispatch is synchronous: listeners run in the
// dispatcher's async context. A listener that throws does not stop the
// dispatch; its error is reported as an uncaught exception on the next tick.

const { codes } = require('internal/errors');

// Listener lists per target. A WeakMap (not a private field) so that the
// global object can be made an event target too.
const listenerLists = new WeakMap();

function initEventTarget(target) {
  if (!listenerLists.has(target)) listenerLists.set(target, new Map());
}

function listsOf(target, methodName) {
  const lists = listenerLists.get(target);
  if (lists === undefined) throw new codes.ERR_INVALID_THIS('EventTarget');
  return lists;
}

function isEventLike(value) {
  return value instanceof Event;
}

class Event {
  #type;
  #cancelable;
  #bubbles;
  #composed;
  #defaultPrevented = false;
  #stopImmediate = false;
  #propagationStopped = false;
  #timeStamp;
  #target = null;
  #currentTarget = null;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    this.#type = `${type}`;
    this.#cancelable = Boolean(options?.cancelable);
    this.#bubbles = Boolean(options?.bubbles);
    this.#composed = Boolean(options?.composed);
    this.#timeStamp = typeof performance === 'object' && typeof performance.now === 'function' ? performance.now() : Date.now();
  }

  get type() {
    return this.#type;
  }

  get target() {
    return this.#target;
  }

  get currentTarget() {
    return this.#currentTarget;
  }

  get cancelable() {
    return this.#cancelable;
  }

  get bubbles() {
    return this.#bubbles;
  }

  get composed() {
    return this.#composed;
  }

  get defaultPrevented() {
    return this.#cancelable && this.#defaultPrevented;
  }

  get returnValue() {
    return !this.defaultPrevented;
  }

  get timeStamp() {
    return this.#timeStamp;
  }

  get isTrusted() {
    return false;
  }

  get eventPhase() {
    return this.currentTarget === null ? Event.NONE : Event.AT_TARGET;
  }

  get srcElement() {
    return this.target;
  }

  get cancelBubble() {
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (value) this.#propagationStopped = true;
  }

  composedPath() {
    return this.currentTarget === null ? [] : [this.currentTarget];
  }

  preventDefault() {
    this.#defaultPrevented = true;
  }

  stopPropagation() {
    this.#propagationStopped = true;
  }

  stopImmediatePropagation() {
    this.#propagationStopped = true;
    this.#stopImmediate = true;
  }

  // Used by dispatchEvent (removed from the class below).
  static isImmediatelyStopped(event) {
    return event.#stopImmediate;
  }

  static setTargets(event, target, currentTarget) {
    event.#target = target;
    event.#currentTarget = currentTarget;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const nested = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${inspect({
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, nested)}`;
  }

  get [Symbol.toStringTag]() {
    return 'Event';
  }
}
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}
const { isImmediatelyStopped, setTargets } = Event;
delete Event.isImmediatelyStopped;
delete Event.setTargets;

class PromiseRejectionEvent extends Event {
  #promise;
  #reason;

  constructor(type, options) {
    super(type, options);
    this.#promise = options?.promise;
    this.#reason = options?.reason;
  }

  get promise() {
    return this.#promise;
  }

  get reason() {
    return this.#reason;
  }

  get [Symbol.toStringTag]() {
    return 'PromiseRejectionEvent';
  }
}

// The event a host dispatches for an uncaught exception (Node 26 exposes the
// class as a global; this stdlib only dispatches it when a host asks).
class ErrorEvent extends Event {
  #message;
  #filename;
  #lineno;
  #colno;
  #error;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new TypeError('ErrorEvent constructor: 1 argument required, but 0 found.');
    super(type, options);
    this.#message = options?.message === undefined ? '' : `${options.message}`;
    this.#filename = options?.filename === undefined ? '' : `${options.filename}`;
    this.#lineno = options?.lineno === undefined ? 0 : Number(options.lineno) >>> 0;
    this.#colno = options?.colno === undefined ? 0 : Number(options.colno) >>> 0;
    this.#error = options?.error;
  }

  get message() {
    return this.#message;
  }

  get filename() {
    return this.#filename;
  }

  get lineno() {
    return this.#lineno;
  }

  get colno() {
    return this.#colno;
  }

  get error() {
    return this.#error;
  }

  get [Symbol.toStringTag]() {
    return 'ErrorEvent';
  }
}

function normalizeOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  return {
    capture: Boolean(options?.capture),
    once: Boolean(options?.once),
    passive: Boolean(options?.passive),
    signal: options?.signal,
  };
}

function reportListenerError(error) {
  require('node:process').nextTick(() => {
    throw error;
  });
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    const target = this ?? globalThis;
    const lists = listsOf(target);
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    if (listener === null || listener === undefined) return;
    if (typeof listener !== 'function' && (typeof listener !== 'object' || listener === null)) {
      throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    const { capture, once, passive, signal } = normalizeOptions(options);
    if (signal?.aborted) return;
    type = `${type}`;
    let list = lists.get(type);
    if (list === undefined) {
      list = [];
      lists.set(type, list);
    }
    if (list.some((entry) => entry.listener === listener && entry.capture === capture)) return;
    const entry = { listener, capture, once, passive, removed: false };
    list.push(entry);
    if (signal) {
      signal.addEventListener('abort', () => target.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    const target = this ?? globalThis;
    const lists = listsOf(target);
    const list = lists.get(`${type}`);
    if (list === undefined) return;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const index = list.findIndex((entry) => entry.listener === listener && entry.capture === capture);
    if (index === -1) return;
    list[index].removed = true;
    list.splice(index, 1);
  }

  dispatchEvent(event) {
    const target = this ?? globalThis;
    const lists = listsOf(target);
    if (!isEventLike(event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event.currentTarget !== null) throw new codes.ERR_EVENT_RECURSION(event.type);
    setTargets(event, target, target);
    const list = lists.get(event.type);
    if (list !== undefined) {
      for (const entry of list.slice()) {
        if (entry.removed) continue;
        if (entry.once) target.removeEventListener(event.type, entry.listener, { capture: entry.capture });
        try {
          if (typeof entry.listener === 'function') {
            Reflect.apply(entry.listener, target, [event]);
          } else if (typeof entry.listener.handleEvent === 'function') {
            entry.listener.handleEvent(event);
          }
        } catch (error) {
          reportListenerError(error);
        }
        if (isImmediatelyStopped(event)) break;
      }
    }
    setTargets(event, target, null);
    return !event.defaultPrevented;
  }

  get [Symbol.toStringTag]() {
    return 'EventTarget';
  }
}

// The listeners registered for `type`, for events.getEventListeners().
function listenersFor(target, type) {
  const list = listenerLists.get(target)?.get(`${type}`);
  return list === undefined ? [] : list.map((entry) => entry.listener);
}

module.exports = { Event, EventTarget, ErrorEvent, PromiseRejectionEvent, initEventTarget, listenersFor };
