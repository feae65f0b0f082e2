// Self-hosted built-ins: Promise.all / allSettled / any / race / try, Promise.prototype.finally,
// and the subclass paths of the native methods (promise.rs calls `promiseThenSpecies`,
// `promiseResolveSpecies`, `promiseRejectSpecies` and `promiseWithResolversSpecies` when the
// constructor is not %Promise%). NewPromiseCapability goes through the constructor, so
// subclasses and thenable-constructors work as the spec says.
(function ($) {
  'use strict';
  const call = $.call;
  const PromiseCtor = Promise;
  const symbolIterator = $.symbolIterator;
  const symbolSpecies = $.symbolSpecies;
  const AggregateErrorProto = AggregateError.prototype;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }
  function describe(v) {
    if (typeof v === 'string') return `"${v}"`;
    if (typeof v === 'symbol') return 'Symbol()';
    if (typeof v === 'function') return v.name || 'function';
    if (isObject(v)) return '#<Object>';
    return `${v}`;
  }

  // NewPromiseCapability(C) with a GetCapabilitiesExecutor (anonymous, length 2, not a constructor).
  function newPromiseCapability(C) {
    if (!$.isConstructor(C)) throw new TypeError(`${describe(C)} is not a constructor`);
    let resolve;
    let reject;
    const executor = [(res, rej) => {
      if (resolve !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
      if (reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
      resolve = res;
      reject = rej;
    }][0];
    const promise = $.construct(C, [executor]);
    if (typeof resolve !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    if (typeof reject !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    return { promise, resolve, reject };
  }

  // SpeciesConstructor(o, %Promise%)
  function speciesConstructor(o, defaultCtor) {
    const C = o.constructor;
    if (C === undefined) return defaultCtor;
    if (!isObject(C)) throw new TypeError('The .constructor property is not an object');
    const S = C[symbolSpecies];
    if (S === undefined || S === null) return defaultCtor;
    if ($.isConstructor(S)) return S;
    throw new TypeError('object.constructor[Symbol.species] is not a constructor');
  }

  // PromiseResolve(C, x)
  function promiseResolve(C, x) {
    if ($.isPromise(x)) {
      const xConstructor = x.constructor;
      if (xConstructor === C) return x;
    }
    const cap = newPromiseCapability(C);
    call(cap.resolve, undefined, x);
    return cap.promise;
  }

  function invokeThen(p, onFulfilled, onRejected) {
    const then = p.then;
    return call(then, p, onFulfilled, onRejected);
  }
  // Invoke(p, "then", « f »): exactly one argument.
  function invokeThen1(p, f) {
    const then = p.then;
    return call(then, p, f);
  }

  $.register('promiseThenSpecies', function promiseThenSpecies(promise, onFulfilled, onRejected) {
    const C = speciesConstructor(promise, PromiseCtor);
    const cap = newPromiseCapability(C);
    $.performThen(promise, onFulfilled, onRejected, cap.promise, cap.resolve, cap.reject);
    return cap.promise;
  });

  $.register('promiseResolveSpecies', function promiseResolveSpecies(C, x) {
    if (!isObject(C)) throw new TypeError('PromiseResolve called on non-object');
    return promiseResolve(C, x);
  });

  $.register('promiseRejectSpecies', function promiseRejectSpecies(C, r) {
    if (!isObject(C)) throw new TypeError('PromiseReject called on non-object');
    const cap = newPromiseCapability(C);
    call(cap.reject, undefined, r);
    return cap.promise;
  });

  $.register('promiseWithResolversSpecies', function promiseWithResolversSpecies(C) {
    if (!isObject(C)) throw new TypeError('Promise.withResolvers called on non-object');
    const cap = newPromiseCapability(C);
    return { promise: cap.promise, resolve: cap.resolve, reject: cap.reject };
  });

  // GetPromiseResolve(C)
  function getPromiseResolve(C) {
    const resolve = C.resolve;
    if (typeof resolve !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    return resolve;
  }

  // V8's message when a built-in (not syntax) finds no Symbol.iterator method: primitives
  // other than symbols show their type and value, everything else only its type.
  function builtinNotIterable(v) {
    const t = typeof v;
    const what = v === undefined || v === null ? `${v}` : t === 'number' || t === 'boolean' || t === 'bigint' ? `${t} ${v}` : t;
    return new TypeError(`${what} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }

  // An iterator record whose `done` tracks whether IteratorClose is still owed.
  function getIterator(obj) {
    if (obj === undefined || obj === null) throw builtinNotIterable(obj);
    const method = obj[symbolIterator];
    if (typeof method !== 'function') throw builtinNotIterable(obj);
    const iterator = call(method, obj);
    if (!isObject(iterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    return { iterator, next: iterator.next, done: false };
  }

  // IteratorStepValue: the next value, or `rec` itself when done. Errors mark the record done.
  function stepValue(rec) {
    let result;
    try {
      result = call(rec.next, rec.iterator);
      if (!isObject(result)) throw new TypeError(`Iterator result ${describe(result)} is not an object`);
      if (result.done) {
        rec.done = true;
        return rec;
      }
      return result.value;
    } catch (e) {
      rec.done = true;
      throw e;
    }
  }

  function iteratorClose(rec) {
    try {
      const ret = rec.iterator.return;
      if (ret !== undefined && ret !== null) call(ret, rec.iterator);
    } catch (ignored) {
      // The original abrupt completion wins.
    }
  }

  // The shared frame of all/allSettled/any/race: capability, GetPromiseResolve, the iterator,
  // and IfAbruptRejectPromise around the per-combinator loop.
  function combinator(C, iterable, perform) {
    const cap = newPromiseCapability(C);
    let promiseResolveFn;
    let rec;
    try {
      promiseResolveFn = getPromiseResolve(C);
      rec = getIterator(iterable);
    } catch (e) {
      call(cap.reject, undefined, e);
      return cap.promise;
    }
    try {
      return perform(rec, C, cap, promiseResolveFn);
    } catch (e) {
      if (!rec.done) iteratorClose(rec);
      call(cap.reject, undefined, e);
      return cap.promise;
    }
  }

  function performAll(rec, C, cap, resolveFn) {
    const values = [];
    const remaining = { count: 1 };
    let index = 0;
    for (;;) {
      const next = stepValue(rec);
      if (next === rec) {
        if (--remaining.count === 0) call(cap.resolve, undefined, values);
        return cap.promise;
      }
      $.arrayPush(values, undefined);
      const nextPromise = call(resolveFn, C, next);
      const i = index;
      let alreadyCalled = false;
      const onFulfilled = [(x) => {
        if (alreadyCalled) return undefined;
        alreadyCalled = true;
        values[i] = x;
        if (--remaining.count === 0) return call(cap.resolve, undefined, values);
        return undefined;
      }][0];
      remaining.count++;
      invokeThen(nextPromise, onFulfilled, cap.reject);
      index++;
    }
  }

  function performAllSettled(rec, C, cap, resolveFn) {
    const values = [];
    const remaining = { count: 1 };
    let index = 0;
    for (;;) {
      const next = stepValue(rec);
      if (next === rec) {
        if (--remaining.count === 0) call(cap.resolve, undefined, values);
        return cap.promise;
      }
      $.arrayPush(values, undefined);
      const nextPromise = call(resolveFn, C, next);
      const i = index;
      const alreadyCalled = { value: false };
      const settle = (obj) => {
        values[i] = obj;
        if (--remaining.count === 0) return call(cap.resolve, undefined, values);
        return undefined;
      };
      const onFulfilled = [(x) => {
        if (alreadyCalled.value) return undefined;
        alreadyCalled.value = true;
        return settle({ status: 'fulfilled', value: x });
      }][0];
      const onRejected = [(x) => {
        if (alreadyCalled.value) return undefined;
        alreadyCalled.value = true;
        return settle({ status: 'rejected', reason: x });
      }][0];
      remaining.count++;
      invokeThen(nextPromise, onFulfilled, onRejected);
      index++;
    }
  }

  function aggregateError(errors) {
    const error = $.makeError(AggregateErrorProto, 'All promises were rejected');
    $.define(error, 'errors', errors, 5);
    return error;
  }

  function performAny(rec, C, cap, resolveFn) {
    const errors = [];
    const remaining = { count: 1 };
    let index = 0;
    for (;;) {
      const next = stepValue(rec);
      if (next === rec) {
        if (--remaining.count === 0) call(cap.reject, undefined, aggregateError(errors));
        return cap.promise;
      }
      $.arrayPush(errors, undefined);
      const nextPromise = call(resolveFn, C, next);
      const i = index;
      let alreadyCalled = false;
      const onRejected = [(x) => {
        if (alreadyCalled) return undefined;
        alreadyCalled = true;
        errors[i] = x;
        if (--remaining.count === 0) return call(cap.reject, undefined, aggregateError(errors));
        return undefined;
      }][0];
      remaining.count++;
      invokeThen(nextPromise, cap.resolve, onRejected);
      index++;
    }
  }

  function performRace(rec, C, cap, resolveFn) {
    for (;;) {
      const next = stepValue(rec);
      if (next === rec) return cap.promise;
      const nextPromise = call(resolveFn, C, next);
      invokeThen(nextPromise, cap.resolve, cap.reject);
    }
  }

  const Statics = {
    all(iterable) {
      return combinator(this, iterable, performAll);
    },
    allSettled(iterable) {
      return combinator(this, iterable, performAllSettled);
    },
    any(iterable) {
      return combinator(this, iterable, performAny);
    },
    race(iterable) {
      return combinator(this, iterable, performRace);
    },
    try(callbackfn) {
      const C = this;
      if (!isObject(C)) throw new TypeError('Promise.try called on non-object');
      const cap = newPromiseCapability(C);
      const args = [];
      for (let i = 1; i < arguments.length; i++) $.arrayPush(args, arguments[i]);
      let status;
      try {
        status = call(callbackfn, undefined, ...args);
      } catch (e) {
        call(cap.reject, undefined, e);
        return cap.promise;
      }
      call(cap.resolve, undefined, status);
      return cap.promise;
    },
  };
  const staticNames = ['all', 'allSettled', 'any', 'race', 'try'];
  for (let i = 0; i < staticNames.length; i++) {
    $.define(PromiseCtor, staticNames[i], Statics[staticNames[i]], 5);
  }

  const Proto = {
    finally(onFinally) {
      const promise = this;
      if (!isObject(promise)) throw new TypeError('Promise.prototype.finally called on a non-object');
      const C = speciesConstructor(promise, PromiseCtor);
      let thenFinally = onFinally;
      let catchFinally = onFinally;
      if (typeof onFinally === 'function') {
        thenFinally = [(value) => {
          const result = call(onFinally, undefined);
          const p = promiseResolve(C, result);
          const valueThunk = [() => value][0];
          return invokeThen1(p, valueThunk);
        }][0];
        catchFinally = [(reason) => {
          const result = call(onFinally, undefined);
          const p = promiseResolve(C, result);
          const thrower = [() => {
            throw reason;
          }][0];
          return invokeThen1(p, thrower);
        }][0];
      }
      return invokeThen(promise, thenFinally, catchFinally);
    },
  };
  $.define(PromiseCtor.prototype, 'finally', Proto.finally, 5);
});
