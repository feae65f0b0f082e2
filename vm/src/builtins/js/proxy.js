// Proxy internal methods: the executor calls these helpers when an operation reaches a Proxy
// object. Each looks up the handler's trap and falls back to the target (via Reflect).
(function ($) {
  'use strict';
  const register = $.register;
  const call = $.call;

  function parts(proxy, op) {
    const p = $.proxyParts(proxy);
    if (p[1] === null) throw new TypeError(`Cannot perform '${op}' on a proxy that has been revoked`);
    return p;
  }
  function trap(handler, name) {
    const t = handler[name];
    if (t === undefined || t === null) return undefined;
    if (typeof t !== 'function') throw new TypeError(`${String(t)} is not a function`);
    return t;
  }

  register('proxyGet', function proxyGet(proxy, key, receiver) {
    const [target, handler] = parts(proxy, 'get');
    const t = trap(handler, 'get');
    if (t === undefined) return Reflect.get(target, key, receiver);
    return call(t, handler, target, key, receiver);
  });

  register('proxySet', function proxySet(proxy, key, receiver, strict, value) {
    const [target, handler] = parts(proxy, 'set');
    const t = trap(handler, 'set');
    const ok = t === undefined ? Reflect.set(target, key, value, receiver) : !!call(t, handler, target, key, value, receiver);
    if (!ok && strict) throw new TypeError(`'set' on proxy: trap returned falsish for property '${String(key)}'`);
    return value;
  });

  register('proxyHas', function proxyHas(proxy, key) {
    const [target, handler] = parts(proxy, 'has');
    const t = trap(handler, 'has');
    if (t === undefined) return Reflect.has(target, key);
    return !!call(t, handler, target, key);
  });

  register('proxyDelete', function proxyDelete(proxy, key, strict) {
    const [target, handler] = parts(proxy, 'deleteProperty');
    const t = trap(handler, 'deleteProperty');
    const ok = t === undefined ? Reflect.deleteProperty(target, key) : !!call(t, handler, target, key);
    if (!ok && strict) throw new TypeError(`'deleteProperty' on proxy: trap returned falsish for property '${String(key)}'`);
    return ok;
  });

  register('proxyCall', function proxyCall(proxy, thisArg, args) {
    const [target, handler] = parts(proxy, 'apply');
    const t = trap(handler, 'apply');
    if (t === undefined) return Reflect.apply(target, thisArg, args);
    return call(t, handler, target, thisArg, args);
  });

  register('proxyConstruct', function proxyConstruct(proxy, args, newTarget) {
    const [target, handler] = parts(proxy, 'construct');
    const t = trap(handler, 'construct');
    if (t === undefined) return Reflect.construct(target, args, newTarget);
    const r = call(t, handler, target, args, newTarget);
    if ((typeof r !== 'object' || r === null) && typeof r !== 'function') {
      throw new TypeError("proxy [[Construct]] must return an object");
    }
    return r;
  });

  $.proxyGetOwnPropertyDescriptorHelper = proxyGetOwnPropertyDescriptor;
  register('proxyGetOwnPropertyDescriptor', proxyGetOwnPropertyDescriptor);
  function proxyGetOwnPropertyDescriptor(proxy, key) {
    const [target, handler] = parts(proxy, 'getOwnPropertyDescriptor');
    const t = trap(handler, 'getOwnPropertyDescriptor');
    if (t === undefined) return Reflect.getOwnPropertyDescriptor(target, key);
    return call(t, handler, target, key);
  }

  register('proxyOwnKeys', function proxyOwnKeys(proxy) {
    const [target, handler] = parts(proxy, 'ownKeys');
    const t = trap(handler, 'ownKeys');
    if (t === undefined) return Reflect.ownKeys(target);
    return Array.from(call(t, handler, target));
  });
});
