// Proxy internal methods (ECMA-262 §10.5): the executor and the object-model natives call
// these helpers when an operation reaches a Proxy object. Each looks up the handler's trap,
// falls back to the target (through Reflect, which reaches nested proxies), and checks the
// trap's result against the target's invariants, with V8's messages.
(function ($) {
  'use strict';
  const register = $.register;
  const call = $.call;
  const toPropertyDescriptor = $.helper('toPropertyDescriptor');
  // Captured now: user code may replace the global Reflect's methods later.
  const R = {
    apply: Reflect.apply,
    construct: Reflect.construct,
    defineProperty: Reflect.defineProperty,
    deleteProperty: Reflect.deleteProperty,
    get: Reflect.get,
    getOwnPropertyDescriptor: Reflect.getOwnPropertyDescriptor,
    getPrototypeOf: Reflect.getPrototypeOf,
    has: Reflect.has,
    isExtensible: Reflect.isExtensible,
    ownKeys: Reflect.ownKeys,
    preventExtensions: Reflect.preventExtensions,
    set: Reflect.set,
    setPrototypeOf: Reflect.setPrototypeOf,
  };

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }
  // Shared with object.js (which runs first): one ToPropertyKey, one way to name a key in a message.
  const toPropertyKey = $.toPropertyKey;
  const keyText = $.keyText;
  function valueText(v) {
    if (typeof v === 'symbol') return `Symbol(${v.description ?? ''})`;
    if (isObject(v)) return typeof v === 'function' ? 'function' : `#<${constructorName(v) || 'Object'}>`;
    return `${v}`;
  }
  // V8's `#<Name>`: the name of the object's own or inherited `constructor`, read without
  // running user code (no getters, no traps).
  function constructorName(o) {
    for (let i = 0; i < 2 && o !== null && !$.isProxy(o); i++) {
      const d = R.getOwnPropertyDescriptor(o, 'constructor');
      if (d !== undefined) {
        const c = d.value;
        if (!isObject(c) || $.isProxy(c)) return '';
        const n = R.getOwnPropertyDescriptor(c, 'name');
        return n !== undefined && typeof n.value === 'string' ? n.value : '';
      }
      o = R.getPrototypeOf(o);
    }
    return '';
  }
  function sameValue(a, b) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    return a !== a && b !== b;
  }

  // [target, handler], or the revocation TypeError.
  function parts(proxy, op) {
    const p = $.proxyParts(proxy);
    if (p[1] === null) throw new TypeError(`Cannot perform '${op}' on a proxy that has been revoked`);
    return p;
  }
  // GetMethod(handler, name).
  function trap(handler, name) {
    const t = handler[name];
    if (t === undefined || t === null) return undefined;
    if (typeof t !== 'function') throw new TypeError(`'${valueText(t)}' returned for property '${name}' of object '#<Object>' is not a function`);
    return t;
  }

  // ---- property descriptors as records: null-prototype objects holding the present fields.
  const HAS_ENUMERABLE = 1, ENUMERABLE = 2, HAS_CONFIGURABLE = 4, CONFIGURABLE = 8;
  const HAS_VALUE = 16, HAS_WRITABLE = 32, WRITABLE = 64, HAS_GET = 128, HAS_SET = 256;

  function recordFromParts(fields, value, get, set) {
    const r = { __proto__: null };
    if (fields & HAS_VALUE) r.value = value;
    if (fields & HAS_WRITABLE) r.writable = (fields & WRITABLE) !== 0;
    if (fields & HAS_GET) r.get = get;
    if (fields & HAS_SET) r.set = set;
    if (fields & HAS_ENUMERABLE) r.enumerable = (fields & ENUMERABLE) !== 0;
    if (fields & HAS_CONFIGURABLE) r.configurable = (fields & CONFIGURABLE) !== 0;
    return r;
  }
  function has(r, field) {
    return $.hasOwn(r, field);
  }
  function isAccessorRecord(r) {
    return has(r, 'get') || has(r, 'set');
  }
  function isDataRecord(r) {
    return has(r, 'value') || has(r, 'writable');
  }
  // FromPropertyDescriptor: an ordinary object, fields in the spec's order.
  function fromRecord(r) {
    const o = {};
    if (has(r, 'value')) $.createDataProperty(o, 'value', r.value);
    if (has(r, 'writable')) $.createDataProperty(o, 'writable', r.writable);
    if (has(r, 'get')) $.createDataProperty(o, 'get', r.get);
    if (has(r, 'set')) $.createDataProperty(o, 'set', r.set);
    if (has(r, 'enumerable')) $.createDataProperty(o, 'enumerable', r.enumerable);
    if (has(r, 'configurable')) $.createDataProperty(o, 'configurable', r.configurable);
    return o;
  }
  function completeRecord(r) {
    if (!isAccessorRecord(r)) {
      if (!has(r, 'value')) r.value = undefined;
      if (!has(r, 'writable')) r.writable = false;
    } else {
      if (!has(r, 'get')) r.get = undefined;
      if (!has(r, 'set')) r.set = undefined;
    }
    if (!has(r, 'enumerable')) r.enumerable = false;
    if (!has(r, 'configurable')) r.configurable = false;
    return r;
  }
  // IsCompatiblePropertyDescriptor: ValidateAndApplyPropertyDescriptor with no object.
  // `current` is a complete descriptor object (from Reflect.getOwnPropertyDescriptor) or undefined.
  function isCompatible(extensible, desc, current) {
    if (current === undefined) return extensible;
    if (!current.configurable) {
      if (desc.configurable === true) return false;
      if (has(desc, 'enumerable') && desc.enumerable !== current.enumerable) return false;
      const currentIsAccessor = $.hasOwn(current, 'get');
      if ((isAccessorRecord(desc) || isDataRecord(desc)) && isAccessorRecord(desc) !== currentIsAccessor) return false;
      if (currentIsAccessor) {
        if (has(desc, 'get') && !sameValue(desc.get, current.get)) return false;
        if (has(desc, 'set') && !sameValue(desc.set, current.set)) return false;
      } else if (!current.writable) {
        if (desc.writable === true) return false;
        if (has(desc, 'value') && !sameValue(desc.value, current.value)) return false;
      }
    }
    return true;
  }

  // ---- [[Get]] / [[Set]] / [[HasProperty]] / [[Delete]]

  register('proxyGet', function proxyGet(proxy, key, receiver) {
    const pp = parts(proxy, 'get');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'get');
    if (t === undefined) return R.get(target, key, receiver);
    const v = call(t, handler, target, key, receiver);
    const targetDesc = R.getOwnPropertyDescriptor(target, key);
    if (targetDesc !== undefined && !targetDesc.configurable) {
      if ($.hasOwn(targetDesc, 'value') && !targetDesc.writable && !sameValue(v, targetDesc.value)) {
        throw new TypeError(`'get' on proxy: property '${keyText(key)}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '${valueText(targetDesc.value)}' but got '${valueText(v)}')`);
      }
      if ($.hasOwn(targetDesc, 'get') && targetDesc.get === undefined && v !== undefined) {
        throw new TypeError(`'get' on proxy: property '${keyText(key)}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '${valueText(v)}')`);
      }
    }
    return v;
  });

  // [[Set]] → boolean.
  function proxySetCore(proxy, key, value, receiver) {
    const pp = parts(proxy, 'set');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'set');
    if (t === undefined) return R.set(target, key, value, receiver);
    if (!call(t, handler, target, key, value, receiver)) return false;
    const targetDesc = R.getOwnPropertyDescriptor(target, key);
    if (targetDesc !== undefined && !targetDesc.configurable) {
      if ($.hasOwn(targetDesc, 'value') && !targetDesc.writable && !sameValue(value, targetDesc.value)) {
        throw new TypeError(`'set' on proxy: trap returned truish for property '${keyText(key)}' which exists in the proxy target as a non-configurable and non-writable data property with a different value`);
      }
      if ($.hasOwn(targetDesc, 'set') && targetDesc.set === undefined) {
        throw new TypeError(`'set' on proxy: trap returned truish for property '${keyText(key)}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter`);
      }
    }
    return true;
  }
  register('proxySetReflect', proxySetCore);

  // The executor's form: a setter-shaped call whose value comes last; throws when strict.
  register('proxySet', function proxySet(proxy, key, receiver, strict, value) {
    if (!proxySetCore(proxy, key, value, receiver) && strict) {
      throw new TypeError(`'set' on proxy: trap returned falsish for property '${keyText(key)}'`);
    }
    return value;
  });

  // The end of OrdinarySet when the receiver is a proxy: receiver.[[GetOwnProperty]] then
  // receiver.[[DefineOwnProperty]] (an update of the value, or CreateDataProperty).
  function receiverSet(receiver, key, value) {
    const existing = R.getOwnPropertyDescriptor(receiver, key);
    if (existing !== undefined) {
      if ($.hasOwn(existing, 'get') || !existing.writable) return false;
      return R.defineProperty(receiver, key, { value });
    }
    return R.defineProperty(receiver, key, { value, writable: true, enumerable: true, configurable: true });
  }
  register('proxyReceiverSet', receiverSet);
  // The executor's setter-shaped form.
  register('proxyReceiverSetStrict', function proxyReceiverSetStrict(receiver, key, strict, value) {
    if (!receiverSet(receiver, key, value) && strict) {
      throw new TypeError(`'defineProperty' on proxy: trap returned falsish for property '${keyText(key)}'`);
    }
    return value;
  });

  register('proxyHas', function proxyHas(proxy, key) {
    key = toPropertyKey(key);
    const pp = parts(proxy, 'has');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'has');
    if (t === undefined) return R.has(target, key);
    const r = !!call(t, handler, target, key);
    if (!r) {
      const targetDesc = R.getOwnPropertyDescriptor(target, key);
      if (targetDesc !== undefined) {
        if (!targetDesc.configurable) {
          throw new TypeError(`'has' on proxy: trap returned falsish for property '${keyText(key)}' which exists in the proxy target as non-configurable`);
        }
        if (!R.isExtensible(target)) {
          throw new TypeError(`'has' on proxy: trap returned falsish for property '${keyText(key)}' but the proxy target is not extensible`);
        }
      }
    }
    return r;
  });

  function proxyDeleteCore(proxy, key) {
    const pp = parts(proxy, 'deleteProperty');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'deleteProperty');
    if (t === undefined) return R.deleteProperty(target, key);
    if (!call(t, handler, target, key)) return false;
    const targetDesc = R.getOwnPropertyDescriptor(target, key);
    if (targetDesc === undefined) return true;
    if (!targetDesc.configurable) {
      throw new TypeError(`'deleteProperty' on proxy: trap returned truish for property '${keyText(key)}' which is non-configurable in the proxy target`);
    }
    if (!R.isExtensible(target)) {
      throw new TypeError(`'deleteProperty' on proxy: trap returned truish for property '${keyText(key)}' but the proxy target is non-extensible`);
    }
    return true;
  }
  register('proxyDelete', function proxyDelete(proxy, key, strict) {
    key = toPropertyKey(key);
    const ok = proxyDeleteCore(proxy, key);
    if (!ok && strict) throw new TypeError(`'deleteProperty' on proxy: trap returned falsish for property '${keyText(key)}'`);
    return ok;
  });

  // ---- [[Call]] / [[Construct]]

  register('proxyCall', function proxyCall(proxy, thisArg, args) {
    const pp = parts(proxy, 'apply');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'apply');
    if (t === undefined) return R.apply(target, thisArg, args);
    return call(t, handler, target, thisArg, args);
  });

  register('proxyConstruct', function proxyConstruct(proxy, args, newTarget) {
    const pp = parts(proxy, 'construct');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'construct');
    if (t === undefined) return R.construct(target, args, newTarget);
    const r = call(t, handler, target, args, newTarget);
    if (!isObject(r)) throw new TypeError(`'construct' on proxy: trap returned non-object ('${valueText(r)}')`);
    return r;
  });

  // ---- [[GetOwnProperty]] / [[DefineOwnProperty]]

  function proxyGetOwnPropertyDescriptor(proxy, key) {
    const pp = parts(proxy, 'getOwnPropertyDescriptor');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'getOwnPropertyDescriptor');
    if (t === undefined) return R.getOwnPropertyDescriptor(target, key);
    const result = call(t, handler, target, key);
    if (result !== undefined && !isObject(result)) {
      throw new TypeError(`'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '${keyText(key)}'`);
    }
    const targetDesc = R.getOwnPropertyDescriptor(target, key);
    if (result === undefined) {
      if (targetDesc === undefined) return undefined;
      if (!targetDesc.configurable) {
        throw new TypeError(`'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '${keyText(key)}' which is non-configurable in the proxy target`);
      }
      if (!R.isExtensible(target)) {
        throw new TypeError(`'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '${keyText(key)}' which exists in the non-extensible proxy target`);
      }
      return undefined;
    }
    const extensible = R.isExtensible(target);
    const d = toPropertyDescriptor(result);
    const desc = completeRecord(recordFromParts(d[0], d[1], d[2], d[3]));
    if (!isCompatible(extensible, desc, targetDesc)) {
      throw new TypeError(`'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '${keyText(key)}' that is incompatible with the existing property in the proxy target`);
    }
    if (!desc.configurable) {
      if (targetDesc === undefined || targetDesc.configurable) {
        throw new TypeError(`'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '${keyText(key)}' which is either non-existent or configurable in the proxy target`);
      }
      if (has(desc, 'writable') && !desc.writable && targetDesc.writable) {
        throw new TypeError(`'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '${keyText(key)}' which is non-configurable, non-writable in the proxy target`);
      }
    }
    return fromRecord(desc);
  }
  $.proxyGetOwnPropertyDescriptorHelper = proxyGetOwnPropertyDescriptor;
  register('proxyGetOwnPropertyDescriptor', proxyGetOwnPropertyDescriptor);

  register('proxyHasOwn', function proxyHasOwn(proxy, key) {
    return proxyGetOwnPropertyDescriptor(proxy, toPropertyKey(key)) !== undefined;
  });

  // `fields, value, get, set`: the descriptor as object.js's toPropertyDescriptor built it.
  register('proxyDefineOwnProperty', function proxyDefineOwnProperty(proxy, key, fields, value, get, set) {
    const pp = parts(proxy, 'defineProperty');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'defineProperty');
    const desc = recordFromParts(fields, value, get, set);
    if (t === undefined) return R.defineProperty(target, key, fromRecord(desc));
    if (!call(t, handler, target, key, fromRecord(desc))) return false;
    const targetDesc = R.getOwnPropertyDescriptor(target, key);
    const extensible = R.isExtensible(target);
    const settingNonConfigurable = has(desc, 'configurable') && !desc.configurable;
    if (targetDesc === undefined) {
      if (!extensible) {
        throw new TypeError(`'defineProperty' on proxy: trap returned truish for adding property '${keyText(key)}'  to the non-extensible proxy target`);
      }
      if (settingNonConfigurable) {
        throw new TypeError(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${keyText(key)}' which is either non-existent or configurable in the proxy target`);
      }
      return true;
    }
    if (!isCompatible(extensible, desc, targetDesc)) {
      throw new TypeError(`'defineProperty' on proxy: trap returned truish for adding property '${keyText(key)}'  that is incompatible with the existing property in the proxy target`);
    }
    if (settingNonConfigurable && targetDesc.configurable) {
      throw new TypeError(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${keyText(key)}' which is either non-existent or configurable in the proxy target`);
    }
    if ($.hasOwn(targetDesc, 'value') && !targetDesc.configurable && targetDesc.writable && has(desc, 'writable') && !desc.writable) {
      throw new TypeError(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${keyText(key)}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.`);
    }
    return true;
  });

  // ---- [[OwnPropertyKeys]]

  // `which`: 0 all keys, 1 strings only, 2 symbols only (like ownKeysOf).
  register('proxyOwnKeys', function proxyOwnKeys(proxy, which) {
    const keys = proxyOwnKeysCore(proxy);
    if (!which) return keys;
    const out = [];
    for (let i = 0; i < keys.length; i++) {
      if ((typeof keys[i] === 'symbol') === (which === 2)) $.arrayPush(out, keys[i]);
    }
    return out;
  });

  function proxyOwnKeysCore(proxy) {
    const pp = parts(proxy, 'ownKeys');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'ownKeys');
    if (t === undefined) return R.ownKeys(target);
    const result = call(t, handler, target);
    // CreateListFromArrayLike(result, « String, Symbol »), no duplicates.
    if (!isObject(result)) throw new TypeError('CreateListFromArrayLike called on non-object');
    const len = toLength(result.length);
    const keys = [];
    const seen = new Set();
    for (let i = 0; i < len; i++) {
      const k = result[i];
      if (typeof k !== 'string' && typeof k !== 'symbol') throw new TypeError(`${valueText(k)} is not a valid property name`);
      if (seen.has(k)) throw new TypeError("'ownKeys' on proxy: trap returned duplicate entries");
      seen.add(k);
      $.arrayPush(keys, k);
    }
    const extensible = R.isExtensible(target);
    const targetKeys = R.ownKeys(target);
    const configurable = [];
    const nonconfigurable = [];
    for (let i = 0; i < targetKeys.length; i++) {
      const d = R.getOwnPropertyDescriptor(target, targetKeys[i]);
      $.arrayPush(d !== undefined && !d.configurable ? nonconfigurable : configurable, targetKeys[i]);
    }
    if (extensible && nonconfigurable.length === 0) return keys;
    const unchecked = new Set(keys);
    for (let i = 0; i < nonconfigurable.length; i++) {
      if (!unchecked.delete(nonconfigurable[i])) {
        throw new TypeError(`'ownKeys' on proxy: trap result did not include '${keyText(nonconfigurable[i])}'`);
      }
    }
    if (extensible) return keys;
    for (let i = 0; i < configurable.length; i++) {
      if (!unchecked.delete(configurable[i])) {
        throw new TypeError(`'ownKeys' on proxy: trap result did not include '${keyText(configurable[i])}'`);
      }
    }
    if (unchecked.size !== 0) throw new TypeError("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
    return keys;
  }
  function toLength(v) {
    const n = +v;
    if (!(n > 0)) return 0;
    if (n === Infinity) return 2 ** 53 - 1;
    const t = n - (n % 1);
    return t > 2 ** 53 - 1 ? 2 ** 53 - 1 : t;
  }

  // ---- prototype and extensibility

  register('proxyGetPrototypeOf', function proxyGetPrototypeOf(proxy) {
    const pp = parts(proxy, 'getPrototypeOf');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'getPrototypeOf');
    if (t === undefined) return R.getPrototypeOf(target);
    const proto = call(t, handler, target);
    if (!isObject(proto) && proto !== null) throw new TypeError("'getPrototypeOf' on proxy: trap returned neither object nor null");
    if (R.isExtensible(target)) return proto;
    if (proto !== R.getPrototypeOf(target)) {
      throw new TypeError("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
    }
    return proto;
  });

  register('proxySetPrototypeOf', function proxySetPrototypeOf(proxy, proto) {
    const pp = parts(proxy, 'setPrototypeOf');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'setPrototypeOf');
    if (t === undefined) return R.setPrototypeOf(target, proto);
    if (!call(t, handler, target, proto)) return false;
    if (R.isExtensible(target)) return true;
    if (proto !== R.getPrototypeOf(target)) {
      throw new TypeError("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
    }
    return true;
  });

  register('proxyIsExtensible', function proxyIsExtensible(proxy) {
    const pp = parts(proxy, 'isExtensible');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'isExtensible');
    if (t === undefined) return R.isExtensible(target);
    const r = !!call(t, handler, target);
    const actual = R.isExtensible(target);
    if (r !== actual) {
      throw new TypeError(`'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '${actual}')`);
    }
    return r;
  });

  register('proxyPreventExtensions', function proxyPreventExtensions(proxy) {
    const pp = parts(proxy, 'preventExtensions');
    const target = pp[0], handler = pp[1];
    const t = trap(handler, 'preventExtensions');
    if (t === undefined) return R.preventExtensions(target);
    const r = !!call(t, handler, target);
    if (r && R.isExtensible(target)) {
      throw new TypeError("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
    }
    return r;
  });

  // ---- operations built on the internal methods (for any object; used for proxies)

  // SetIntegrityLevel → false when [[PreventExtensions]] fails; throws when a definition does.
  register('proxySetIntegrity', function proxySetIntegrity(o, frozen) {
    if (!R.preventExtensions(o)) return false;
    const keys = R.ownKeys(o);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      let desc = { configurable: false };
      if (frozen) {
        const current = R.getOwnPropertyDescriptor(o, k);
        if (current === undefined) continue;
        if (!$.hasOwn(current, 'get')) desc = { configurable: false, writable: false };
      }
      if (!R.defineProperty(o, k, desc)) {
        throw new TypeError(`'defineProperty' on proxy: trap returned falsish for property '${keyText(k)}'`);
      }
    }
    return true;
  });

  // TestIntegrityLevel.
  register('proxyTestIntegrity', function proxyTestIntegrity(o, frozen) {
    if (R.isExtensible(o)) return false;
    const keys = R.ownKeys(o);
    for (let i = 0; i < keys.length; i++) {
      const current = R.getOwnPropertyDescriptor(o, keys[i]);
      if (current === undefined) continue;
      if (current.configurable) return false;
      if (frozen && $.hasOwn(current, 'value') && current.writable) return false;
    }
    return true;
  });

  // for-in over an object whose prototype chain holds a proxy: the iterator over the enumerable
  // string keys, unshadowed, in chain order. Like V8, a proxy's keys are read with [[OwnPropertyKeys]] and
  // its prototype fetched before the keys are filtered with [[GetOwnProperty]].
  register('proxyForIn', function proxyForIn(obj) {
    const out = [];
    const visited = new Set();
    const pending = [];
    for (let o = obj; o !== null;) {
      const keys = R.ownKeys(o);
      const next = R.getPrototypeOf(o);
      for (let i = 0; i < keys.length; i++) {
        if (typeof keys[i] !== 'symbol') $.arrayPush(pending, [o, keys[i]]);
      }
      o = next;
    }
    for (let i = 0; i < pending.length; i++) {
      const o = pending[i][0];
      const k = pending[i][1];
      if (visited.has(k)) continue;
      const desc = R.getOwnPropertyDescriptor(o, k);
      if (desc === undefined) continue;
      visited.add(k);
      if (desc.enumerable) $.arrayPush(out, k);
    }
    return $.forInIterator(obj, out);
  });

  // OrdinaryHasInstance when a prototype getter or a proxy is involved.
  register('ordinaryHasInstanceSlow', function ordinaryHasInstanceSlow(C, O) {
    if (typeof C !== 'function' || !isObject(O)) return false;
    const P = C.prototype;
    if (!isObject(P)) throw new TypeError(`Function has non-object prototype '${valueText(P)}' in instanceof check`);
    for (;;) {
      O = R.getPrototypeOf(O);
      if (O === null) return false;
      if (O === P) return true;
    }
  });

  register('proxyIsEnumerable', function proxyIsEnumerable(proxy, key) {
    const d = proxyGetOwnPropertyDescriptor(proxy, toPropertyKey(key));
    return d !== undefined && !!d.enumerable;
  });

  // CreateDataPropertyOrThrow on a proxy.
  register('proxyCreateDataProperty', function proxyCreateDataProperty(proxy, key, value) {
    key = toPropertyKey(key);
    if (!R.defineProperty(proxy, key, { value, writable: true, enumerable: true, configurable: true })) {
      throw new TypeError(`'defineProperty' on proxy: trap returned falsish for property '${keyText(key)}'`);
    }
    return true;
  });

  // Object.setPrototypeOf and the __proto__ setter: a refused change throws.
  register('proxySetPrototypeOfOrThrow', function proxySetPrototypeOfOrThrow(proxy, proto) {
    if (!R.setPrototypeOf(proxy, proto)) throw new TypeError("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'");
    return proxy;
  });
});
