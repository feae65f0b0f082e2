// Self-hosted built-ins: Object's statics and prototype methods, and Reflect. The object
// model itself (descriptors, integrity levels, keys) is native (`object_statics.rs`, reached
// through `$.helper('objectNatives')`); this file converts arguments, which may run user code.
(function ($) {
  'use strict';
  const N = $.helper('objectNatives');
  const call = $.call;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  // ToPropertyKey, with the engine's own conversion: a computed key of an object literal.
  function toPropertyKey(v) {
    if (typeof v === 'string' || typeof v === 'symbol') return v;
    return $.ownKeys({ [v]: 0 })[0];
  }

  function describeForError(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') return 'Symbol()';
    if (typeof v === 'function') return 'function';
    if (isObject(v)) return '#<Object>';
    return `${v}`;
  }

  // Field bits shared with object_statics.rs (Descriptor::from_parts).
  const HAS_ENUMERABLE = 1, ENUMERABLE = 2, HAS_CONFIGURABLE = 4, CONFIGURABLE = 8;
  const HAS_VALUE = 16, HAS_WRITABLE = 32, WRITABLE = 64, HAS_GET = 128, HAS_SET = 256;

  // ToPropertyDescriptor: [fields, value, get, set].
  function toPropertyDescriptor(obj) {
    if (!isObject(obj)) {
      throw new TypeError(`Property description must be an object: ${describeForError(obj)}`);
    }
    let fields = 0;
    let value, get, set;
    if ('enumerable' in obj) {
      fields |= HAS_ENUMERABLE;
      if (obj.enumerable) fields |= ENUMERABLE;
    }
    if ('configurable' in obj) {
      fields |= HAS_CONFIGURABLE;
      if (obj.configurable) fields |= CONFIGURABLE;
    }
    if ('value' in obj) {
      fields |= HAS_VALUE;
      value = obj.value;
    }
    if ('writable' in obj) {
      fields |= HAS_WRITABLE;
      if (obj.writable) fields |= WRITABLE;
    }
    if ('get' in obj) {
      fields |= HAS_GET;
      get = obj.get;
      if (get !== undefined && typeof get !== 'function') {
        throw new TypeError(`Getter must be a function: ${describeForError(get)}`);
      }
    }
    if ('set' in obj) {
      fields |= HAS_SET;
      set = obj.set;
      if (set !== undefined && typeof set !== 'function') {
        throw new TypeError(`Setter must be a function: ${describeForError(set)}`);
      }
    }
    if ((fields & (HAS_GET | HAS_SET)) !== 0 && (fields & (HAS_VALUE | HAS_WRITABLE)) !== 0) {
      throw new TypeError('Invalid property descriptor. Cannot both specify accessors and a value or writable attribute');
    }
    return [fields, value, get, set];
  }

  // [[DefineOwnProperty]]: arrays' `length` converts its value first (ArraySetLength).
  function defineOwn(o, key, d) {
    let value = d[1];
    if (key === 'length' && (d[0] & HAS_VALUE) !== 0 && N.isArray(o) && N.kindOf(o) === 'Array') {
      const newLen = value >>> 0;
      const numberLen = +value;
      if (newLen !== numberLen) throw new RangeError('Invalid array length');
      value = newLen;
    }
    return N.defineOwn(o, key, d[0], value, d[2], d[3]);
  }

  function keyText(key) {
    return typeof key === 'symbol' ? `Symbol(${key.description ?? ''})` : key;
  }
  $.toPropertyKey = toPropertyKey;
  $.keyText = keyText;

  function definePropertyOrThrow(o, key, d) {
    if (!defineOwn(o, key, d)) {
      if ($.isProxy(o)) throw new TypeError(`'defineProperty' on proxy: trap returned falsish for property '${keyText(key)}'`);
      // V8's two messages: a new property on a non-extensible object, or a non-configurable one.
      if (!N.isExtensible(o) && N.getOwnDescriptor(o, key) === undefined) {
        throw new TypeError(`Cannot define property ${keyText(key)}, object is not extensible`);
      }
      throw new TypeError(`Cannot redefine property: ${keyText(key)}`);
    }
  }

  function objectDefineProperties(o, properties) {
    const props = $.toObject(properties);
    const keys = N.ownKeysOf(props, 0);
    const descriptors = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = N.getOwnDescriptor(props, key);
      if (desc !== undefined && desc.enumerable) {
        $.arrayPush(descriptors, [key, toPropertyDescriptor(props[key])]);
      }
    }
    for (let i = 0; i < descriptors.length; i++) {
      definePropertyOrThrow(o, descriptors[i][0], descriptors[i][1]);
    }
    return o;
  }
  $.register('objectDefineProperties', objectDefineProperties);

  // EnumerableOwnProperties(o, kind): 0 keys, 1 values, 2 entries.
  function enumerableOwn(o, kind) {
    const fast = N.enumerableOwn(o, kind);
    if (fast !== undefined) return fast;
    const keys = N.ownKeysOf(o, 1);
    const out = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = N.getOwnDescriptor(o, key);
      if (desc === undefined || !desc.enumerable) continue;
      if (kind === 0) {
        $.arrayPush(out, key);
      } else {
        const v = o[key];
        $.arrayPush(out, kind === 1 ? v : [key, v]);
      }
    }
    return out;
  }

  function requireObjectCoercible(v, what) {
    if (v === undefined || v === null) throw new TypeError(`${what} called on null or undefined`);
    return v;
  }

  const ObjectStatics = {
    assign(target, firstSource) {
      const to = $.toObject(target);
      for (let a = 1; a < arguments.length; a++) {
        const source = arguments[a];
        if (source === undefined || source === null) continue;
        const from = $.toObject(source);
        const keys = N.ownKeysOf(from, 0);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const desc = N.getOwnDescriptor(from, key);
          if (desc !== undefined && desc.enumerable) to[key] = from[key];
        }
      }
      return to;
    },
    defineProperty(o, p, attributes) {
      if (!isObject(o)) throw new TypeError('Object.defineProperty called on non-object');
      const key = toPropertyKey(p);
      const d = toPropertyDescriptor(attributes);
      definePropertyOrThrow(o, key, d);
      return o;
    },
    defineProperties(o, properties) {
      if (!isObject(o)) throw new TypeError('Object.defineProperties called on non-object');
      return objectDefineProperties(o, properties);
    },
    entries(o) {
      return enumerableOwn($.toObject(o), 2);
    },
    freeze(o) {
      if (!isObject(o)) return o;
      if (!N.setIntegrity(o, true)) throw new TypeError("'preventExtensions' on proxy: trap returned falsish");
      return o;
    },
    fromEntries(iterable) {
      requireObjectCoercible(iterable, 'Object.fromEntries');
      const obj = {};
      for (const entry of iterable) {
        if (!isObject(entry)) throw new TypeError(`Iterator value ${describeForError(entry)} is not an entry object`);
        const k = entry[0];
        const v = entry[1];
        $.createDataProperty(obj, toPropertyKey(k), v);
      }
      return obj;
    },
    getOwnPropertyDescriptor(o, p) {
      const obj = $.toObject(o);
      const key = toPropertyKey(p);
      return N.getOwnDescriptor(obj, key);
    },
    getOwnPropertyDescriptors(o) {
      const obj = $.toObject(o);
      const keys = N.ownKeysOf(obj, 0);
      const out = {};
      for (let i = 0; i < keys.length; i++) {
        const desc = N.getOwnDescriptor(obj, keys[i]);
        if (desc !== undefined) $.createDataProperty(out, keys[i], desc);
      }
      return out;
    },
    getOwnPropertyNames(o) {
      return N.ownKeysOf($.toObject(o), 1);
    },
    getOwnPropertySymbols(o) {
      return N.ownKeysOf($.toObject(o), 2);
    },
    groupBy(items, callback) {
      requireObjectCoercible(items, 'Object.groupBy');
      if (typeof callback !== 'function') throw new TypeError(`${describeForError(callback)} is not a function`);
      const groups = { __proto__: null };
      const order = [];
      let k = 0;
      for (const value of items) {
        const key = toPropertyKey(callback(value, k));
        k++;
        if (!$.hasOwn(groups, key)) {
          $.createDataProperty(groups, key, []);
          $.arrayPush(order, key);
        }
        $.arrayPush(groups[key], value);
      }
      return groups;
    },
    hasOwn(o, p) {
      const obj = $.toObject(o);
      const key = toPropertyKey(p);
      return N.getOwnDescriptor(obj, key) !== undefined;
    },
    is(a, b) {
      if (a === b) return a !== 0 || 1 / a === 1 / b;
      return a !== a && b !== b;
    },
    isExtensible(o) {
      return isObject(o) ? N.isExtensible(o) : false;
    },
    isFrozen(o) {
      return isObject(o) ? N.testIntegrity(o, true) : true;
    },
    isSealed(o) {
      return isObject(o) ? N.testIntegrity(o, false) : true;
    },
    keys(o) {
      return enumerableOwn($.toObject(o), 0);
    },
    preventExtensions(o) {
      if (isObject(o) && !N.preventExtensions(o)) throw new TypeError("'preventExtensions' on proxy: trap returned falsish");
      return o;
    },
    seal(o) {
      if (!isObject(o)) return o;
      if (!N.setIntegrity(o, false)) throw new TypeError("'preventExtensions' on proxy: trap returned falsish");
      return o;
    },
    values(o) {
      return enumerableOwn($.toObject(o), 1);
    },
  };
  const ObjectCtor = Object;
  const objectNames = [
    'assign', 'defineProperty', 'defineProperties', 'entries', 'freeze', 'fromEntries',
    'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors', 'getOwnPropertyNames',
    'getOwnPropertySymbols', 'groupBy', 'hasOwn', 'is', 'isExtensible', 'isFrozen', 'isSealed',
    'keys', 'preventExtensions', 'seal', 'values',
  ];
  for (let i = 0; i < objectNames.length; i++) {
    $.define(ObjectCtor, objectNames[i], ObjectStatics[objectNames[i]], 5);
  }

  const ObjectProto = ObjectCtor.prototype;
  const ProtoMethods = {
    isPrototypeOf(v) {
      if (!isObject(v)) return false;
      const o = $.toObject(this);
      for (;;) {
        v = N.getProto(v);
        if (v === null) return false;
        if (v === o) return true;
      }
    },
    propertyIsEnumerable(v) {
      const key = toPropertyKey(v);
      const o = $.toObject(this);
      const desc = N.getOwnDescriptor(o, key);
      return desc !== undefined && desc.enumerable;
    },
    toLocaleString() {
      const f = this.toString;
      return call(f, this);
    },
    __defineGetter__(p, getter) {
      const o = $.toObject(this);
      if (typeof getter !== 'function') throw new TypeError('Object.prototype.__defineGetter__: Expecting function');
      const key = toPropertyKey(p);
      definePropertyOrThrow(o, key, [HAS_GET | HAS_ENUMERABLE | ENUMERABLE | HAS_CONFIGURABLE | CONFIGURABLE, undefined, getter, undefined]);
    },
    __defineSetter__(p, setter) {
      const o = $.toObject(this);
      if (typeof setter !== 'function') throw new TypeError('Object.prototype.__defineSetter__: Expecting function');
      const key = toPropertyKey(p);
      definePropertyOrThrow(o, key, [HAS_SET | HAS_ENUMERABLE | ENUMERABLE | HAS_CONFIGURABLE | CONFIGURABLE, undefined, undefined, setter]);
    },
    __lookupGetter__(p) {
      return lookupAccessor($.toObject(this), toPropertyKey(p), 'get');
    },
    __lookupSetter__(p) {
      return lookupAccessor($.toObject(this), toPropertyKey(p), 'set');
    },
  };
  function lookupAccessor(o, key, which) {
    for (;;) {
      const desc = N.getOwnDescriptor(o, key);
      if (desc !== undefined) return $.hasOwn(desc, which) ? desc[which] : undefined;
      o = N.getProto(o);
      if (o === null) return undefined;
    }
  }
  const protoNames = [
    'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__defineSetter__',
    '__lookupGetter__', '__lookupSetter__',
  ];
  for (let i = 0; i < protoNames.length; i++) {
    $.define(ObjectProto, protoNames[i], ProtoMethods[protoNames[i]], 5);
  }

  // ---- Reflect -------------------------------------------------------------------------

  function requireTarget(t, name) {
    if (!isObject(t)) throw new TypeError(`Reflect.${name} called on non-object`);
  }

  // CreateListFromArrayLike
  function listFromArrayLike(a) {
    if (!isObject(a)) throw new TypeError('CreateListFromArrayLike called on non-object');
    const len = toLength(a.length);
    const out = [];
    for (let i = 0; i < len; i++) $.arrayPush(out, a[i]);
    return out;
  }
  function toLength(v) {
    const n = +v;
    if (!(n > 0)) return 0;
    if (n === Infinity) return 2 ** 53 - 1;
    const t = n - (n % 1);
    return t > 2 ** 53 - 1 ? 2 ** 53 - 1 : t;
  }

  const ReflectMethods = {
    apply(target, thisArgument, argumentsList) {
      if (typeof target !== 'function') throw new TypeError(`Function.prototype.apply was called on ${describeForError(target)}, which is ${typeof target} and not a function`);
      const args = listFromArrayLike(argumentsList);
      return call(target, thisArgument, ...args);
    },
    construct(target, argumentsList) {
      if (!$.isConstructor(target)) throw new TypeError(`${describeForError(target)} is not a constructor`);
      const newTarget = arguments.length > 2 ? arguments[2] : target;
      if (!$.isConstructor(newTarget)) throw new TypeError(`${describeForError(newTarget)} is not a constructor`);
      const args = listFromArrayLike(argumentsList);
      return $.construct(target, args, newTarget);
    },
    defineProperty(target, propertyKey, attributes) {
      requireTarget(target, 'defineProperty');
      const key = toPropertyKey(propertyKey);
      const d = toPropertyDescriptor(attributes);
      return defineOwn(target, key, d);
    },
    deleteProperty(target, propertyKey) {
      requireTarget(target, 'deleteProperty');
      return N.deleteOwn(target, toPropertyKey(propertyKey));
    },
    get(target, propertyKey) {
      requireTarget(target, 'get');
      const key = toPropertyKey(propertyKey);
      const receiver = arguments.length > 2 ? arguments[2] : target;
      return N.getWithReceiver(target, key, receiver);
    },
    getOwnPropertyDescriptor(target, propertyKey) {
      requireTarget(target, 'getOwnPropertyDescriptor');
      return N.getOwnDescriptor(target, toPropertyKey(propertyKey));
    },
    getPrototypeOf(target) {
      requireTarget(target, 'getPrototypeOf');
      return N.getProto(target);
    },
    has(target, propertyKey) {
      requireTarget(target, 'has');
      return N.hasProperty(target, toPropertyKey(propertyKey));
    },
    isExtensible(target) {
      requireTarget(target, 'isExtensible');
      return N.isExtensible(target);
    },
    ownKeys(target) {
      requireTarget(target, 'ownKeys');
      return N.ownKeysOf(target, 0);
    },
    preventExtensions(target) {
      requireTarget(target, 'preventExtensions');
      return N.preventExtensions(target);
    },
    set(target, propertyKey, v) {
      requireTarget(target, 'set');
      const key = toPropertyKey(propertyKey);
      const receiver = arguments.length > 3 ? arguments[3] : target;
      return N.setWithReceiver(target, key, v, receiver);
    },
    setPrototypeOf(target, proto) {
      requireTarget(target, 'setPrototypeOf');
      if (!isObject(proto) && proto !== null) throw new TypeError(`Object prototype may only be an Object or null: ${describeForError(proto)}`);
      return N.setProto(target, proto);
    },
  };
  const Reflect = {};
  const reflectNames = [
    'apply', 'construct', 'defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor',
    'getPrototypeOf', 'has', 'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf',
  ];
  for (let i = 0; i < reflectNames.length; i++) {
    $.define(Reflect, reflectNames[i], ReflectMethods[reflectNames[i]], 5);
  }
  $.define(Reflect, $.symbolToStringTag, 'Reflect', 4);
  $.define(globalThis, 'Reflect', Reflect, 5);

  // Shared with the other self-hosted files of this group.
  $.register('toPropertyDescriptor', toPropertyDescriptor);
  $.register('definePropertyOrThrow', definePropertyOrThrow);
});
