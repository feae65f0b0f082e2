'use strict';
// node:test — only the mocking half: `mock.fn()` and `mock.method()` with
// the call log Node keeps (`fn.mock.calls`, `fn.mock.callCount()`) and the
// implementation controls. The test runner itself (test/describe/it) is not
// provided: third-party suites that import node:test here only use mocks.

const { codes, validateFunction, validateObject } = require('internal/errors');

// One mocked function's state, exposed as `fn.mock`.
class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #onceImplementations = new Map();
  #restore;

  constructor(original, implementation, restore) {
    this.#original = original;
    this.#implementation = implementation;
    this.#restore = restore;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall = this.#calls.length) {
    validateFunction(implementation, 'implementation');
    if (!Number.isInteger(onCall) || onCall < 0) throw new codes.ERR_INVALID_ARG_VALUE('onCall', onCall);
    this.#onceImplementations.set(onCall, implementation);
  }

  restore() {
    this.#implementation = this.#original;
    this.#restore?.();
  }

  resetCalls() {
    this.#calls.length = 0;
  }

  // The implementation for the next call (a one-shot one wins).
  static takeImplementation(context) {
    const index = context.#calls.length;
    const once = context.#onceImplementations.get(index);
    if (once !== undefined) {
      context.#onceImplementations.delete(index);
      return once;
    }
    return context.#implementation;
  }

  static record(context, call) {
    context.#calls.push(Object.freeze(call));
  }
}
const { takeImplementation, record } = MockFunctionContext;
delete MockFunctionContext.takeImplementation;
delete MockFunctionContext.record;

// A proxy of `original` (same name, length, prototype) that logs every call
// and forwards it to the current implementation.
function createMock(original, implementation, restore) {
  const context = new MockFunctionContext(original, implementation, restore);
  const newCall = (args, target, thisValue) =>
    ({ arguments: args, error: undefined, result: undefined, stack: new Error(), target, this: thisValue });
  const proxy = new Proxy(original, {
    get(fn, property, receiver) {
      return property === 'mock' ? context : Reflect.get(fn, property, receiver);
    },
    apply(fn, thisValue, args) {
      const impl = takeImplementation(context);
      const call = newCall(args, undefined, thisValue);
      try {
        call.result = Reflect.apply(impl, thisValue, args);
        return call.result;
      } catch (error) {
        call.error = error;
        throw error;
      } finally {
        record(context, call);
      }
    },
    construct(fn, args, newTarget) {
      const impl = takeImplementation(context);
      // `new mocked()` constructs the implementation itself; a subclass keeps its own new.target.
      const target = newTarget === proxy ? impl : newTarget;
      const call = newCall(args, target, undefined);
      try {
        call.result = Reflect.construct(impl, args, target);
        call.this = call.result;
        return call.result;
      } catch (error) {
        call.error = error;
        throw error;
      } finally {
        record(context, call);
      }
    },
  });
  return proxy;
}

class MockTracker {
  #mocks = [];

  // fn([original[, implementation]][, options])
  fn(original = function () {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function () {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const mocked = createMock(original, implementation);
    this.#mocks.push(mocked.mock);
    return mocked;
  }

  // method(object, methodName[, implementation][, options]): replaces
  // object[methodName] by a mock until restore().
  method(object, methodName, implementation, options = {}) {
    if ((typeof object !== 'object' || object === null) && typeof object !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    const descriptor = findDescriptor(object, methodName);
    const original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new codes.ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    implementation ??= original;
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const hadOwn = Object.prototype.hasOwnProperty.call(object, methodName);
    const restore = () => {
      if (hadOwn) Object.defineProperty(object, methodName, descriptor);
      else delete object[methodName];
    };
    const mocked = createMock(original, implementation, restore);
    Object.defineProperty(object, methodName, { ...descriptor, value: mocked });
    this.#mocks.push(mocked.mock);
    return mocked;
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const context of this.#mocks) context.restore();
  }
}

function findDescriptor(object, name) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor !== undefined) return descriptor;
  }
  return undefined;
}

module.exports = { mock: new MockTracker(), MockTracker };
