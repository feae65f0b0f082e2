// Self-hosted built-ins: the RegExp constructor's argument logic, exec/test/toString, the
// `flags` accessor, and the Symbol.match/matchAll/replace/search/split protocols. Matching
// itself is native (`regexp.rs` on the regress crate, natives via `$.helper('regexpNatives')`).
(function ($) {
  'use strict';
  const RN = $.helper('regexpNatives');
  const N = $.helper('objectNatives');
  const call = $.call;
  const RegExpCtor = RegExp;
  const RegExpProto = RegExpCtor.prototype;
  const symbolMatch = $.symbolMatch;
  const symbolSpecies = $.symbolSpecies;

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }
  function describe(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') return 'Symbol()';
    if (isObject(v)) return '#<Object>';
    return `${v}`;
  }
  function toLength(v) {
    const n = +v;
    if (!(n > 0)) return 0;
    if (n === Infinity) return 2 ** 53 - 1;
    const t = n - (n % 1);
    return t > 2 ** 53 - 1 ? 2 ** 53 - 1 : t;
  }
  function toIntegerOrInfinity(v) {
    const n = +v;
    if (n !== n || n === 0) return 0;
    if (n === Infinity || n === -Infinity) return n;
    return n - (n % 1);
  }
  function hasChar(s, c) {
    return RN.indexOf(s, c, 0) !== -1;
  }

  // IsRegExp
  function isRegExp(v) {
    if (!isObject(v)) return false;
    const matcher = v[symbolMatch];
    if (matcher !== undefined) return !!matcher;
    return RN.isRegExp(v);
  }

  // The RegExp constructor (called by the native with newTarget, or undefined for a call).
  $.register('regexpCreate', function regexpCreate(newTarget, pattern, flags) {
    const patternIsRegExp = isRegExp(pattern);
    if (newTarget === undefined) {
      newTarget = RegExpCtor;
      if (patternIsRegExp && flags === undefined) {
        const patternConstructor = pattern.constructor;
        if (patternConstructor === newTarget) return pattern;
      }
    }
    let P;
    let F;
    const parts = RN.originalParts(pattern);
    if (parts !== undefined) {
      P = parts[0];
      F = flags === undefined ? parts[1] : flags;
    } else if (patternIsRegExp) {
      P = pattern.source;
      F = flags === undefined ? pattern.flags : flags;
    } else {
      P = pattern;
      F = flags;
    }
    const o = RN.alloc(newTarget);
    P = P === undefined ? '' : `${P}`;
    F = F === undefined ? '' : `${F}`;
    RN.initialize(o, P, F);
    o.lastIndex = 0;
    return o;
  });

  // Regular expression literals.
  $.register('newRegExp', function newRegExp(pattern, flags) {
    const o = RN.alloc(RegExpCtor);
    RN.initialize(o, pattern, flags);
    return o;
  });

  // RegExpBuiltinExec
  function builtinExec(R, S) {
    let lastIndex = toLength(R.lastIndex);
    const flags = RN.originalParts(R)[1];
    const global = hasChar(flags, 'g');
    const sticky = hasChar(flags, 'y');
    if (!global && !sticky) lastIndex = 0;
    if (lastIndex > S.length) {
      if (global || sticky) R.lastIndex = 0;
      return null;
    }
    const m = RN.matchAt(R, S, lastIndex);
    if (m === null) {
      if (global || sticky) R.lastIndex = 0;
      return null;
    }
    if (global || sticky) R.lastIndex = m.index + m[0].length;
    return m;
  }

  // RegExpExec
  function regExpExec(R, S) {
    const exec = R.exec;
    if (typeof exec === 'function') {
      const result = call(exec, R, S);
      if (result !== null && !isObject(result)) throw new TypeError('exec result must be an object or null');
      return result;
    }
    if (!RN.isRegExp(R)) throw new TypeError(`RegExp exec method called on incompatible receiver ${describe(R)}`);
    return builtinExec(R, S);
  }

  function advanceStringIndex(S, index, unicode) {
    if (!unicode || index + 1 >= S.length) return index + 1;
    const first = RN.codeUnitAt(S, index);
    if (first < 0xd800 || first > 0xdbff) return index + 1;
    const second = RN.codeUnitAt(S, index + 1);
    if (second < 0xdc00 || second > 0xdfff) return index + 1;
    return index + 2;
  }

  function requireObject(v, method) {
    if (!isObject(v)) throw new TypeError(`Method RegExp.prototype.${method} called on incompatible receiver ${describe(v)}`);
  }

  // GetSubstitution (shared with String.prototype.replace through the helper registry).
  function getSubstitution(matched, str, position, captures, namedCaptures, template) {
    let result = '';
    const m = captures.length;
    const tailPos = position + matched.length;
    let i = 0;
    while (i < template.length) {
      const c = template[i];
      if (c !== '$' || i + 1 >= template.length) {
        result += c;
        i++;
        continue;
      }
      const n = template[i + 1];
      if (n === '$') {
        result += '$';
        i += 2;
      } else if (n === '&') {
        result += matched;
        i += 2;
      } else if (n === '`') {
        result += RN.substring(str, 0, position);
        i += 2;
      } else if (n === "'") {
        if (tailPos < str.length) result += RN.substring(str, tailPos);
        i += 2;
      } else if (n >= '0' && n <= '9') {
        const n2 = template[i + 2];
        let digitCount = n2 !== undefined && n2 >= '0' && n2 <= '9' ? 2 : 1;
        let index = digitCount === 2 ? +(n + n2) : +n;
        if (index > m && digitCount === 2) {
          digitCount = 1;
          index = +n;
        }
        if (index >= 1 && index <= m) {
          const capture = captures[index - 1];
          if (capture !== undefined) result += capture;
        } else {
          result += RN.substring(template, i, i + 1 + digitCount);
        }
        i += 1 + digitCount;
      } else if (n === '<') {
        const gtPos = RN.indexOf(template, '>', i);
        if (gtPos === -1 || namedCaptures === undefined) {
          result += '$<';
          i += 2;
        } else {
          const groupName = RN.substring(template, i + 2, gtPos);
          const capture = namedCaptures[groupName];
          if (capture !== undefined) result += `${capture}`;
          i = gtPos + 1;
        }
      } else {
        result += '$';
        i++;
      }
    }
    return result;
  }
  $.register('getSubstitution', getSubstitution);

  function speciesConstructor(o, defaultCtor) {
    const C = o.constructor;
    if (C === undefined) return defaultCtor;
    if (!isObject(C)) throw new TypeError('The .constructor property is not an object');
    const S = C[symbolSpecies];
    if (S === undefined || S === null) return defaultCtor;
    if ($.isConstructor(S)) return S;
    throw new TypeError('object.constructor[Symbol.species] is not a constructor');
  }

  // %RegExpStringIteratorPrototype%
  const iteratorProto = N.getProto(N.getProto([].values()));
  class RegExpStringIterator {
    #matcher;
    #string;
    #global;
    #unicode;
    #done;
    constructor(matcher, string, global, unicode) {
      this.#matcher = matcher;
      this.#string = string;
      this.#global = global;
      this.#unicode = unicode;
      this.#done = false;
    }
    static next(o) {
      let done;
      try {
        done = o.#done;
      } catch (e) {
        throw new TypeError(`Method %RegExpStringIterator%.prototype.next called on incompatible receiver ${describe(o)}`);
      }
      if (done) return { value: undefined, done: true };
      const R = o.#matcher;
      const S = o.#string;
      const match = regExpExec(R, S);
      if (match === null) {
        o.#done = true;
        return { value: undefined, done: true };
      }
      if (!o.#global) {
        o.#done = true;
        return { value: match, done: false };
      }
      const matchStr = `${match[0]}`;
      if (matchStr === '') {
        const thisIndex = toLength(R.lastIndex);
        R.lastIndex = advanceStringIndex(S, thisIndex, o.#unicode);
      }
      return { value: match, done: false };
    }
  }
  const stringIteratorProto = RegExpStringIterator.prototype;
  N.setProto(stringIteratorProto, iteratorProto);
  N.deleteOwn(stringIteratorProto, 'constructor');
  const IteratorMethods = {
    next() {
      return RegExpStringIterator.next(this);
    },
  };
  $.define(stringIteratorProto, 'next', IteratorMethods.next, 5);
  $.define(stringIteratorProto, $.symbolToStringTag, 'RegExp String Iterator', 4);

  const Methods = {
    exec(string) {
      const R = this;
      if (!RN.isRegExp(R)) throw new TypeError(`Method RegExp.prototype.exec called on incompatible receiver ${describe(R)}`);
      return builtinExec(R, `${string}`);
    },
    test(S) {
      requireObject(this, 'test');
      return regExpExec(this, `${S}`) !== null;
    },
    toString() {
      requireObject(this, 'toString');
      return `/${this.source}/${this.flags}`;
    },
    compile(pattern, flags) {
      const O = this;
      if (!RN.isRegExp(O)) throw new TypeError(`Method RegExp.prototype.compile called on incompatible receiver ${describe(O)}`);
      let P = pattern;
      let F = flags;
      const parts = RN.originalParts(pattern);
      if (parts !== undefined) {
        if (flags !== undefined) throw new TypeError('Cannot supply flags when constructing one RegExp from another');
        P = parts[0];
        F = parts[1];
      }
      P = P === undefined ? '' : `${P}`;
      F = F === undefined ? '' : `${F}`;
      RN.initialize(O, P, F);
      O.lastIndex = 0;
      return O;
    },
    get flags() {
      const R = this;
      if (!isObject(R)) throw new TypeError(`RegExp.prototype.flags getter called on non-object ${describe(R)}`);
      let result = '';
      if (R.hasIndices) result += 'd';
      if (R.global) result += 'g';
      if (R.ignoreCase) result += 'i';
      if (R.multiline) result += 'm';
      if (R.dotAll) result += 's';
      if (R.unicode) result += 'u';
      if (R.unicodeSets) result += 'v';
      if (R.sticky) result += 'y';
      return result;
    },
    [$.symbolMatch](string) {
      const rx = this;
      requireObject(rx, '[Symbol.match]');
      const S = `${string}`;
      const flags = `${rx.flags}`;
      if (!hasChar(flags, 'g')) return regExpExec(rx, S);
      const fullUnicode = hasChar(flags, 'u') || hasChar(flags, 'v');
      rx.lastIndex = 0;
      const A = [];
      for (;;) {
        const result = regExpExec(rx, S);
        if (result === null) return A.length === 0 ? null : A;
        const matchStr = `${result[0]}`;
        $.arrayPush(A, matchStr);
        if (matchStr === '') {
          const thisIndex = toLength(rx.lastIndex);
          rx.lastIndex = advanceStringIndex(S, thisIndex, fullUnicode);
        }
      }
    },
    [$.symbolMatchAll](string) {
      const R = this;
      requireObject(R, '[Symbol.matchAll]');
      const S = `${string}`;
      const C = speciesConstructor(R, RegExpCtor);
      const flags = `${R.flags}`;
      const matcher = $.construct(C, [R, flags]);
      matcher.lastIndex = toLength(R.lastIndex);
      const global = hasChar(flags, 'g');
      const fullUnicode = hasChar(flags, 'u') || hasChar(flags, 'v');
      return new RegExpStringIterator(matcher, S, global, fullUnicode);
    },
    [$.symbolReplace](string, replaceValue) {
      const rx = this;
      requireObject(rx, '[Symbol.replace]');
      const S = `${string}`;
      const lengthS = S.length;
      const functionalReplace = typeof replaceValue === 'function';
      if (!functionalReplace) replaceValue = `${replaceValue}`;
      const flags = `${rx.flags}`;
      const global = hasChar(flags, 'g');
      let fullUnicode = false;
      if (global) {
        fullUnicode = hasChar(flags, 'u') || hasChar(flags, 'v');
        rx.lastIndex = 0;
      }
      const results = [];
      for (;;) {
        const result = regExpExec(rx, S);
        if (result === null) break;
        $.arrayPush(results, result);
        if (!global) break;
        const matchStr = `${result[0]}`;
        if (matchStr === '') {
          const thisIndex = toLength(rx.lastIndex);
          rx.lastIndex = advanceStringIndex(S, thisIndex, fullUnicode);
        }
      }
      let accumulated = '';
      let nextSourcePosition = 0;
      for (let r = 0; r < results.length; r++) {
        const result = results[r];
        const nCaptures = Math_max(toLength(result.length) - 1, 0);
        const matched = `${result[0]}`;
        const matchLength = matched.length;
        let position = toIntegerOrInfinity(result.index);
        position = position < 0 ? 0 : position > lengthS ? lengthS : position;
        const captures = [];
        for (let n = 1; n <= nCaptures; n++) {
          let capN = result[n];
          if (capN !== undefined) capN = `${capN}`;
          $.arrayPush(captures, capN);
        }
        let namedCaptures = result.groups;
        let replacement;
        if (functionalReplace) {
          const args = [matched];
          for (let k = 0; k < captures.length; k++) $.arrayPush(args, captures[k]);
          $.arrayPush(args, position);
          $.arrayPush(args, S);
          if (namedCaptures !== undefined) $.arrayPush(args, namedCaptures);
          replacement = `${call(replaceValue, undefined, ...args)}`;
        } else {
          if (namedCaptures !== undefined) namedCaptures = $.toObject(namedCaptures);
          replacement = getSubstitution(matched, S, position, captures, namedCaptures, replaceValue);
        }
        if (position >= nextSourcePosition) {
          accumulated += RN.substring(S, nextSourcePosition, position) + replacement;
          nextSourcePosition = position + matchLength;
        }
      }
      if (nextSourcePosition >= lengthS) return accumulated;
      return accumulated + RN.substring(S, nextSourcePosition);
    },
    [$.symbolSearch](string) {
      const rx = this;
      requireObject(rx, '[Symbol.search]');
      const S = `${string}`;
      const previousLastIndex = rx.lastIndex;
      if (!sameValue(previousLastIndex, 0)) rx.lastIndex = 0;
      const result = regExpExec(rx, S);
      const currentLastIndex = rx.lastIndex;
      if (!sameValue(currentLastIndex, previousLastIndex)) rx.lastIndex = previousLastIndex;
      return result === null ? -1 : result.index;
    },
    [$.symbolSplit](string, limit) {
      const rx = this;
      requireObject(rx, '[Symbol.split]');
      const S = `${string}`;
      const C = speciesConstructor(rx, RegExpCtor);
      const flags = `${rx.flags}`;
      const unicodeMatching = hasChar(flags, 'u') || hasChar(flags, 'v');
      const newFlags = hasChar(flags, 'y') ? flags : `${flags}y`;
      const splitter = $.construct(C, [rx, newFlags]);
      const A = [];
      const lim = limit === undefined ? 2 ** 32 - 1 : limit >>> 0;
      if (lim === 0) return A;
      const size = S.length;
      if (size === 0) {
        if (regExpExec(splitter, S) !== null) return A;
        $.arrayPush(A, S);
        return A;
      }
      let p = 0;
      let q = p;
      while (q < size) {
        splitter.lastIndex = q;
        const z = regExpExec(splitter, S);
        if (z === null) {
          q = advanceStringIndex(S, q, unicodeMatching);
          continue;
        }
        const lastIndex = toLength(splitter.lastIndex);
        const e = lastIndex < size ? lastIndex : size;
        if (e === p) {
          q = advanceStringIndex(S, q, unicodeMatching);
          continue;
        }
        $.arrayPush(A, RN.substring(S, p, q));
        if (A.length === lim) return A;
        p = e;
        const numberOfCaptures = Math_max(toLength(z.length) - 1, 0);
        for (let i = 1; i <= numberOfCaptures; i++) {
          $.arrayPush(A, z[i]);
          if (A.length === lim) return A;
        }
        q = p;
      }
      $.arrayPush(A, RN.substring(S, p, size));
      return A;
    },
  };
  function Math_max(a, b) {
    return a > b ? a : b;
  }
  function sameValue(a, b) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    return a !== a && b !== b;
  }

  const names = ['exec', 'test', 'toString', 'compile'];
  for (let i = 0; i < names.length; i++) $.define(RegExpProto, names[i], Methods[names[i]], 5);
  const symbols = [$.symbolMatch, $.symbolMatchAll, $.symbolReplace, $.symbolSearch, $.symbolSplit];
  for (let i = 0; i < symbols.length; i++) $.define(RegExpProto, symbols[i], Methods[symbols[i]], 5);
  const flagsGetter = N.getOwnDescriptor(Methods, 'flags').get;
  // get flags: an accessor, configurable, not enumerable (field bits of object_statics.rs).
  N.defineOwn(RegExpProto, 'flags', 1 | 4 | 8 | 128, undefined, flagsGetter, undefined);

  // RegExp.escape(string) (ES2025): pattern text that matches the string literally, in any context.
  // Code-unit tests only: user changes to String.prototype must not reach a built-in.
  const SYNTAX_CHARACTERS = '^$\\.*+?()[]{}|/';
  const OTHER_PUNCTUATORS = ',-=<>#&!%:;@~\'`"';
  const CONTROL_ESCAPES = { 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };
  function hex(n, width) {
    let text = $.call(Number.prototype.toString, n, 16);
    while (text.length < width) text = `0${text}`;
    return text;
  }
  function listed(list, cp) {
    for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === cp) return true;
    return false;
  }
  function isSpaceOrTerminator(cp) {
    return cp === 0x09 || cp === 0x0b || cp === 0x0c || cp === 0x20 || cp === 0xa0 || cp === 0xfeff ||
      cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000 ||
      cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;
  }
  function isAsciiAlphanumeric(cp) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  }
  /// EncodeForRegExpEscape of the code point `cp` spelled by the code units `text`.
  function escapeCodePoint(cp, text) {
    if (listed(SYNTAX_CHARACTERS, cp)) return `\\${text}`;
    if (CONTROL_ESCAPES[cp] !== undefined) return `\\${CONTROL_ESCAPES[cp]}`;
    if (listed(OTHER_PUNCTUATORS, cp) || isSpaceOrTerminator(cp) || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
      return `\\u${hex(cp, 4)}`;
    }
    return text;
  }
  $.define(RegExpCtor, 'escape', function escape(string) {
    if (typeof string !== 'string') throw new TypeError('RegExp.escape requires a string');
    let escaped = '';
    for (let i = 0; i < string.length; i++) {
      let cp = string.charCodeAt(i);
      let text = string[i];
      const next = string.charCodeAt(i + 1);
      if (cp >= 0xd800 && cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        text += string[++i];
      }
      escaped += escaped === '' && isAsciiAlphanumeric(cp) ? `\\x${hex(cp, 2)}` : escapeCodePoint(cp, text);
    }
    return escaped;
  }, 5);
});
