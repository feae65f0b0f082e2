// Self-hosted JSON: JSON.stringify (registered as the helper "JSON.stringify", which the
// native JSON.stringify calls when its Rust fast path does not apply) and the reviver walk of
// JSON.parse ("jsonRevive"; the parsing itself is Rust).
(function ($) {
  'use strict';
  const N = globalThis.__minijs_builtins_a;
  if (--N.uses === 0) delete globalThis.__minijs_builtins_a;

  const call = $.call;
  const isCallable = $.isCallable;
  const arrayPush = $.arrayPush;
  const createDataProperty = $.createDataProperty;
  const quote = N.quoteJSON;
  const joinParts = N.joinParts;
  const wrapperKind = N.wrapperKind;
  const wrapperValue = N.wrapperValue;
  const constructorName = N.constructorName;
  const isArray = Array.isArray;
  const isRawJSON = JSON.isRawJSON;
  const objectKeys = Object.keys;
  const floor = Math.floor;
  const reflectDeleteProperty = typeof Reflect === 'object' ? Reflect.deleteProperty : undefined;
  const reflectDefineProperty = typeof Reflect === 'object' ? Reflect.defineProperty : undefined;
  const $TypeError = TypeError;
  const MAX_SAFE = 9007199254740991;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  function toIntegerOrInfinity(v) {
    const n = +v;
    if (n !== n || n === 0) return 0;
    if (n === Infinity || n === -Infinity) return n;
    return n < 0 ? -floor(-n) : floor(n);
  }

  function lengthOf(o) {
    const n = toIntegerOrInfinity(o.length);
    if (n <= 0) return 0;
    return n < MAX_SAFE ? n : MAX_SAFE;
  }

  /// EnumerableOwnProperties(o, key)
  function enumerableOwnKeys(o) {
    if (objectKeys !== undefined) return call(objectKeys, undefined, o);
    const keys = $.ownKeys(o);
    const out = [];
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k === 'string' && $.isEnumerable(o, k)) arrayPush(out, k);
    }
    return out;
  }

  function spaces(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += ' ';
    return s;
  }

  // ---- JSON.stringify -------------------------------------------------------------------

  /// The TypeError V8 throws for a cycle, naming the path that closes it.
  function circularError(state, value, closingKey) {
    let start = 0;
    while (state.stack[start] !== value) start++;
    let message = 'Converting circular structure to JSON';
    message += `\n    --> starting at object with constructor '${constructorName(value)}'`;
    for (let i = start + 1; i < state.stack.length; i++) {
      message += `\n    |     ${state.paths[i]} -> object with constructor '${constructorName(state.stack[i])}'`;
    }
    message += `\n    --- ${closingKey} closes the circle`;
    return new $TypeError(message);
  }

  function enter(state, value, path) {
    for (let i = 0; i < state.stack.length; i++) {
      if (state.stack[i] === value) throw circularError(state, value, path);
    }
    arrayPush(state.stack, value);
    arrayPush(state.paths, path);
  }

  function leave(state) {
    state.stack.length = state.stack.length - 1;
    state.paths.length = state.paths.length - 1;
  }

  /// SerializeJSONProperty; `path` names the key for cycle messages.
  function serializeProperty(state, key, holder, path) {
    let value = holder[key];
    if (isObject(value) || typeof value === 'bigint') {
      const toJSON = value.toJSON;
      if (isCallable(toJSON)) value = call(toJSON, value, key);
    }
    if (state.replacerFunction !== undefined) value = call(state.replacerFunction, holder, key, value);
    if (isObject(value)) {
      if (isRawJSON(value)) return value.rawJSON;
      const kind = wrapperKind(value);
      if (kind === 'Number') value = +value;
      else if (kind === 'String') value = `${value}`;
      else if (kind === 'Boolean' || kind === 'BigInt') value = wrapperValue(value);
    }
    if (value === null) return 'null';
    if (value === true) return 'true';
    if (value === false) return 'false';
    if (typeof value === 'string') return quote(value);
    if (typeof value === 'number') {
      return value === value && value !== Infinity && value !== -Infinity ? `${value}` : 'null';
    }
    if (typeof value === 'bigint') throw new $TypeError('Do not know how to serialize a BigInt');
    if (isObject(value) && !isCallable(value)) {
      return isArray(value) ? serializeArray(state, value, path) : serializeObject(state, value, path);
    }
    return undefined;
  }

  function serializeObject(state, value, path) {
    enter(state, value, path);
    const stepback = state.indent;
    state.indent += state.gap;
    const keys = state.propertyList !== undefined ? state.propertyList : enumerableOwnKeys(value);
    const partial = [];
    for (let i = 0; i < keys.length; i++) {
      const P = keys[i];
      const strP = serializeProperty(state, P, value, `property '${P}'`);
      if (strP !== undefined) {
        arrayPush(partial, state.gap === '' ? `${quote(P)}:${strP}` : `${quote(P)}: ${strP}`);
      }
    }
    let result;
    if (partial.length === 0) result = '{}';
    else if (state.gap === '') result = `{${joinParts(partial, ',')}}`;
    else result = `{\n${state.indent}${joinParts(partial, `,\n${state.indent}`)}\n${stepback}}`;
    leave(state);
    state.indent = stepback;
    return result;
  }

  function serializeArray(state, value, path) {
    enter(state, value, path);
    const stepback = state.indent;
    state.indent += state.gap;
    const partial = [];
    const len = lengthOf(value);
    for (let index = 0; index < len; index++) {
      const strP = serializeProperty(state, `${index}`, value, `index ${index}`);
      arrayPush(partial, strP === undefined ? 'null' : strP);
    }
    let result;
    if (partial.length === 0) result = '[]';
    else if (state.gap === '') result = `[${joinParts(partial, ',')}]`;
    else result = `[\n${state.indent}${joinParts(partial, `,\n${state.indent}`)}\n${stepback}]`;
    leave(state);
    state.indent = stepback;
    return result;
  }

  function stringify(value, replacer, space) {
    const state = {
      __proto__: null,
      stack: [],
      paths: [],
      indent: '',
      gap: '',
      propertyList: undefined,
      replacerFunction: undefined,
    };
    if (isObject(replacer)) {
      if (isCallable(replacer)) {
        state.replacerFunction = replacer;
      } else if (isArray(replacer)) {
        const list = [];
        const len = lengthOf(replacer);
        for (let k = 0; k < len; k++) {
          const v = replacer[k];
          let item;
          if (typeof v === 'string') item = v;
          else if (typeof v === 'number') item = `${v}`;
          else if (isObject(v)) {
            const kind = wrapperKind(v);
            if (kind === 'String' || kind === 'Number') item = `${v}`;
          }
          if (item === undefined) continue;
          let seen = false;
          for (let i = 0; i < list.length; i++) {
            if (list[i] === item) {
              seen = true;
              break;
            }
          }
          if (!seen) arrayPush(list, item);
        }
        state.propertyList = list;
      }
    }
    if (isObject(space)) {
      const kind = wrapperKind(space);
      if (kind === 'Number') space = +space;
      else if (kind === 'String') space = `${space}`;
    }
    if (typeof space === 'number') {
      const n = toIntegerOrInfinity(space);
      state.gap = spaces(n < 10 ? n : 10);
    } else if (typeof space === 'string') {
      let gap = '';
      for (let i = 0; i < space.length && i < 10; i++) gap += space[i];
      state.gap = gap;
    }
    const wrapper = {};
    createDataProperty(wrapper, '', value);
    return serializeProperty(state, '', wrapper, '');
  }
  $.register('JSON.stringify', stringify);

  // ---- JSON.parse reviver ---------------------------------------------------------------

  function deleteQuietly(o, key) {
    if (reflectDeleteProperty !== undefined) {
      call(reflectDeleteProperty, undefined, o, key);
      return;
    }
    try {
      delete o[key];
    } catch (_) {
      // [[Delete]] returning false is not an error here
    }
  }

  function defineQuietly(o, key, value) {
    if (reflectDefineProperty !== undefined) {
      const desc = { __proto__: null, value, writable: true, enumerable: true, configurable: true };
      call(reflectDefineProperty, undefined, o, key, desc);
      return;
    }
    try {
      createDataProperty(o, key, value);
    } catch (_) {
      // CreateDataProperty returning false is not an error here
    }
  }

  /// InternalizeJSONProperty. `record` is the value's JSON Parse Record (see json/parse.rs) while
  /// the value is still the one parsed: the reviver then gets the source text of primitives.
  function internalize(holder, name, reviver, record) {
    const val = holder[name];
    const context = {};
    let elements;
    let entries;
    if (record !== undefined && Object.is(record.value, val)) {
      if (!isObject(val)) createDataProperty(context, 'source', record.source);
      elements = record.elements;
      entries = record.entries;
    }
    if (isObject(val)) {
      if (isArray(val)) {
        const len = lengthOf(val);
        for (let i = 0; i < len; i++) {
          const prop = `${i}`;
          const elementRecord = elements !== undefined && i < elements.length ? elements[i] : undefined;
          const element = internalize(val, prop, reviver, elementRecord);
          if (element === undefined) deleteQuietly(val, prop);
          else defineQuietly(val, prop, element);
        }
      } else {
        const keys = enumerableOwnKeys(val);
        for (let i = 0; i < keys.length; i++) {
          const P = keys[i];
          const entryRecord = entries !== undefined ? entries[P] : undefined;
          const element = internalize(val, P, reviver, entryRecord);
          if (element === undefined) deleteQuietly(val, P);
          else defineQuietly(val, P, element);
        }
      }
    }
    return call(reviver, holder, name, val, context);
  }

  $.register('jsonRevive', function jsonRevive(unfiltered, reviver, record) {
    const root = {};
    createDataProperty(root, '', unfiltered);
    return internalize(root, '', reviver, record);
  });
});
