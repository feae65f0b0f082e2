// Self-hosted String built-ins: the methods whose spec looks up user-visible protocols
// (Symbol.match/matchAll/replace/search/split, IsRegExp) and String.raw. As in ES2025 and
// V8, those symbols are only looked up on object arguments, never on primitives. The Rust natives
// of replace/replaceAll/split/includes/startsWith/endsWith handle all-primitive calls and
// fall back to the generic versions registered here as "String.prototype.<name>".
(function ($) {
  'use strict';
  const N = globalThis.__minijs_builtins_a;
  if (--N.uses === 0) delete globalThis.__minijs_builtins_a;

  const call = $.call;
  const isCallable = $.isCallable;
  const arrayPush = $.arrayPush;
  const stringIndexOf = N.stringIndexOf;
  const getSubstitution = N.getSubstitution;
  const splitString = N.splitString;
  const joinParts = N.joinParts;
  const StringProto = String.prototype;
  const nativeIncludes = StringProto.includes;
  const nativeStartsWith = StringProto.startsWith;
  const nativeEndsWith = StringProto.endsWith;
  const nativeSlice = StringProto.slice;
  const floor = Math.floor;
  const $TypeError = TypeError;
  const symMatch = Symbol.match;
  const symMatchAll = Symbol.matchAll;
  const symReplace = Symbol.replace;
  const symSearch = Symbol.search;
  const symSplit = Symbol.split;
  const MAX_SAFE = 9007199254740991;
  const regExpCtor = globalThis.RegExp;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  function requireCoercible(v, method) {
    if (v === undefined || v === null) throw new $TypeError(`String.prototype.${method} called on null or undefined`);
  }

  function describe(v) {
    if (v === undefined || v === null) return `${v}`;
    switch (typeof v) {
      case 'string': return `string "${v}"`;
      case 'number': return `number ${v}`;
      case 'boolean': return `boolean ${v}`;
      case 'symbol': return 'symbol';
    }
    return 'object';
  }

  /// GetMethod(v, key) for a non-nullish v.
  function getMethod(v, key) {
    const f = v[key];
    if (f === undefined || f === null) return undefined;
    if (!isCallable(f)) throw new $TypeError(`${describe(f)} is not a function`);
    return f;
  }

  function toLength(v) {
    let n = +v;
    if (n !== n || n <= 0) return 0;
    n = floor(n);
    return n < MAX_SAFE ? n : MAX_SAFE;
  }

  const isRegExpObject = N.isRegExpObject;

  /// IsRegExp(argument)
  function isRegExp(argument) {
    if (!isObject(argument)) return false;
    const matcher = argument[symMatch];
    if (matcher !== undefined) return !!matcher;
    return isRegExpObject(argument);
  }

  function regExpCreate(pattern, flags) {
    const C = regExpCtor;
    if (C === undefined) throw new $TypeError('RegExp is not supported');
    return new C(pattern === undefined ? '' : pattern, flags);
  }

  function register(name, fn) {
    $.register(`String.prototype.${name}`, fn);
  }

  function defineMethod(name, fn, length) {
    $.define(fn, 'length', length, 4);
    $.define(StringProto, name, fn, 5);
  }

  function positionOrUndefined(v) {
    return v === undefined ? undefined : +v;
  }

  const generic = {
    includes(searchString, position) {
      requireCoercible(this, 'includes');
      const S = `${this}`;
      if (isRegExp(searchString)) {
        throw new $TypeError('First argument to String.prototype.includes must not be a regular expression');
      }
      return call(nativeIncludes, S, `${searchString}`, positionOrUndefined(position));
    },

    startsWith(searchString, position) {
      requireCoercible(this, 'startsWith');
      const S = `${this}`;
      if (isRegExp(searchString)) {
        throw new $TypeError('First argument to String.prototype.startsWith must not be a regular expression');
      }
      return call(nativeStartsWith, S, `${searchString}`, positionOrUndefined(position));
    },

    endsWith(searchString, endPosition) {
      requireCoercible(this, 'endsWith');
      const S = `${this}`;
      if (isRegExp(searchString)) {
        throw new $TypeError('First argument to String.prototype.endsWith must not be a regular expression');
      }
      return call(nativeEndsWith, S, `${searchString}`, positionOrUndefined(endPosition));
    },

    replace(searchValue, replaceValue) {
      requireCoercible(this, 'replace');
      if (isObject(searchValue)) {
        const replacer = getMethod(searchValue, symReplace);
        if (replacer !== undefined) return call(replacer, searchValue, this, replaceValue);
      }
      const string = `${this}`;
      const searchString = `${searchValue}`;
      const functional = isCallable(replaceValue);
      if (!functional) replaceValue = `${replaceValue}`;
      const position = stringIndexOf(string, searchString, 0);
      if (position === -1) return string;
      const replacement = functional
        ? `${call(replaceValue, undefined, searchString, position, string)}`
        : getSubstitution(searchString, string, position, undefined, replaceValue);
      return call(nativeSlice, string, 0, position) + replacement +
        call(nativeSlice, string, position + searchString.length);
    },

    replaceAll(searchValue, replaceValue) {
      requireCoercible(this, 'replaceAll');
      if (isObject(searchValue)) {
        if (isRegExp(searchValue)) {
          const flags = searchValue.flags;
          if (flags === undefined || flags === null) {
            throw new $TypeError('String.prototype.replaceAll called with a non-global RegExp argument');
          }
          if (stringIndexOf(`${flags}`, 'g', 0) === -1) {
            throw new $TypeError('String.prototype.replaceAll called with a non-global RegExp argument');
          }
        }
        const replacer = getMethod(searchValue, symReplace);
        if (replacer !== undefined) return call(replacer, searchValue, this, replaceValue);
      }
      const string = `${this}`;
      const searchString = `${searchValue}`;
      const functional = isCallable(replaceValue);
      if (!functional) replaceValue = `${replaceValue}`;
      const searchLength = searchString.length;
      const advanceBy = searchLength > 1 ? searchLength : 1;
      const positions = [];
      let position = stringIndexOf(string, searchString, 0);
      while (position !== -1) {
        arrayPush(positions, position);
        position = stringIndexOf(string, searchString, position + advanceBy);
      }
      let endOfLastMatch = 0;
      const parts = [];
      for (let i = 0; i < positions.length; i++) {
        const p = positions[i];
        arrayPush(parts, call(nativeSlice, string, endOfLastMatch, p));
        arrayPush(parts, functional
          ? `${call(replaceValue, undefined, searchString, p, string)}`
          : getSubstitution(searchString, string, p, undefined, replaceValue));
        endOfLastMatch = p + searchLength;
      }
      if (endOfLastMatch < string.length) arrayPush(parts, call(nativeSlice, string, endOfLastMatch));
      return joinParts(parts, '');
    },

    split(separator, limit) {
      requireCoercible(this, 'split');
      if (isObject(separator)) {
        const splitter = getMethod(separator, symSplit);
        if (splitter !== undefined) return call(splitter, separator, this, limit);
      }
      const S = `${this}`;
      const lim = limit === undefined ? 4294967295 : (+limit) >>> 0;
      const R = `${separator}`;
      return splitString(S, separator === undefined ? undefined : R, lim);
    },
  };
  const genericNames = $.ownKeys(generic);
  for (let i = 0; i < genericNames.length; i++) register(genericNames[i], generic[genericNames[i]]);

  const methods = {
    match(regexp) {
      requireCoercible(this, 'match');
      if (isObject(regexp)) {
        const matcher = getMethod(regexp, symMatch);
        if (matcher !== undefined) return call(matcher, regexp, this);
      }
      const S = `${this}`;
      const rx = regExpCreate(regexp, undefined);
      return call(getMethod(rx, symMatch), rx, S);
    },

    matchAll(regexp) {
      requireCoercible(this, 'matchAll');
      if (isObject(regexp)) {
        if (isRegExp(regexp)) {
          const flags = regexp.flags;
          if (flags === undefined || flags === null || stringIndexOf(`${flags}`, 'g', 0) === -1) {
            throw new $TypeError('String.prototype.matchAll called with a non-global RegExp argument');
          }
        }
        const matcher = getMethod(regexp, symMatchAll);
        if (matcher !== undefined) return call(matcher, regexp, this);
      }
      const S = `${this}`;
      const rx = regExpCreate(regexp, 'g');
      return call(getMethod(rx, symMatchAll), rx, S);
    },

    search(regexp) {
      requireCoercible(this, 'search');
      if (isObject(regexp)) {
        const searcher = getMethod(regexp, symSearch);
        if (searcher !== undefined) return call(searcher, regexp, this);
      }
      const S = `${this}`;
      const rx = regExpCreate(regexp, undefined);
      return call(getMethod(rx, symSearch), rx, S);
    },
  };
  defineMethod('match', methods.match, 1);
  defineMethod('matchAll', methods.matchAll, 1);
  defineMethod('search', methods.search, 1);

  const statics = {
    raw(template, ...substitutions) {
      const cooked = $.toObject(template);
      const literals = $.toObject(cooked.raw);
      const literalCount = toLength(literals.length);
      if (literalCount <= 0) return '';
      const parts = [];
      for (let nextIndex = 0; ; nextIndex++) {
        arrayPush(parts, `${literals[nextIndex]}`);
        if (nextIndex + 1 === literalCount) return joinParts(parts, '');
        if (nextIndex < substitutions.length) arrayPush(parts, `${substitutions[nextIndex]}`);
      }
    },
  };
  $.define(statics.raw, 'length', 1, 4);
  $.define(String, 'raw', statics.raw, 5);
});
