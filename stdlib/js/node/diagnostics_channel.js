'use strict';
// node:diagnostics_channel — named publish/subscribe channels, stores bound
// to a channel (runStores runs a function with each bound
// AsyncLocalStorage set from the published data), and tracing channels
// (start / end / asyncStart / asyncEnd / error around a sync call, a promise
// or a callback).
//
// Channels live for the whole process here (Node drops channels nobody
// subscribes to when they are collected; nothing observable depends on it
// except memory).

const { codes, validateFunction } = require('internal/errors');

const channels = new Map();

// An exception thrown by a subscriber or a store transform must not stop the
// publisher: it is rethrown on the next tick, as an uncaught exception.
function reportLater(error) {
  process.nextTick(() => {
    throw error;
  });
}

const identity = (data) => data;

class Channel {
  #subscribers = [];
  #stores = new Map();

  constructor(name) {
    this.name = name;
  }

  static [Symbol.hasInstance](value) {
    return typeof value === 'object' && value !== null && #subscribers in value;
  }

  // A channel with subscribers or bound stores is "active": publishing to an
  // inactive channel does nothing.
  get hasSubscribers() {
    return this.#subscribers.length > 0 || this.#stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this.#subscribers = [...this.#subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this.#subscribers.indexOf(subscription);
    if (index === -1) return false;
    // A fresh array: a publish in progress keeps iterating the old one.
    this.#subscribers = this.#subscribers.filter((_, i) => i !== index);
    return true;
  }

  bindStore(store, transform) {
    this.#stores.set(store, transform);
  }

  unbindStore(store) {
    return this.#stores.delete(store);
  }

  publish(data) {
    for (const onMessage of this.#subscribers) {
      try {
        Reflect.apply(onMessage, undefined, [data, this.name]);
      } catch (error) {
        reportLater(error);
      }
    }
  }

  // Runs `fn` with every bound store set from `data` (through its transform),
  // publishing `data` first; the store bound last is entered first.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this.#stores) {
      run = wrapStoreRun(store, data, run, transform ?? identity);
    }
    return run();
  }
}

function wrapStoreRun(store, data, next, transform) {
  return () => {
    let newStore;
    try {
      newStore = transform(data);
    } catch (error) {
      reportLater(error);
      return next();
    }
    return store.run(newStore, next);
  };
}

function validateChannelName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  validateChannelName(name);
  const created = new Channel(name);
  channels.set(name, created);
  return created;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  validateChannelName(name);
  const existing = channels.get(name);
  return existing !== undefined && existing.hasSubscribers;
}

// --- tracing channels ----------------------------------------------------------

const TRACE_EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingChannelFrom(nameOrChannels, event) {
  if (typeof nameOrChannels === 'string') return channel(`tracing:${nameOrChannels}:${event}`);
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const given = nameOrChannels[event];
    if (!(given instanceof Channel)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', given);
    }
    return given;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of TRACE_EVENTS) {
      Object.defineProperty(this, event, {
        value: tracingChannelFrom(nameOrChannels, event),
        writable: false,
        enumerable: true,
        configurable: false,
      });
    }
  }

  get hasSubscribers() {
    return TRACE_EVENTS.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of TRACE_EVENTS) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of TRACE_EVENTS) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  // Promises have no "after" point to re-enter stores from: asyncStart and
  // asyncEnd are only published.
  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    function onRejected(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    }
    function onFulfilled(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(onFulfilled, onRejected);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  // The callback at `position` (negative counts from the end) is wrapped to
  // publish the result and run asyncStart's stores around the callback.
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    const { start, end, asyncStart, asyncEnd, error } = this;
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      const callbackArgs = arguments;
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, callbackArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
