'use strict';
// How inspect prints primitives: quoted and escaped strings (split over
// several lines when long), numbers with -0 and optional numeric
// separators, bigints, symbols.

// Strings shorter than this are never split over several lines.
const MIN_SPLIT_LENGTH = 16;

const escapes = [];
for (let code = 0; code < 0xa0; code++) {
  if (code < 0x20 || code >= 0x7f) escapes[code] = `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  else escapes[code] = '';
}
escapes[8] = '\\b';
escapes[9] = '\\t';
escapes[10] = '\\n';
escapes[12] = '\\f';
escapes[13] = '\\r';
escapes[0x27] = "\\'";
escapes[0x5c] = '\\\\';

// Quotes a string like Node: single quotes unless the string contains one,
// then double quotes, then backticks; control characters, the backslash, the
// chosen quote (only when it is ') and lone surrogates are escaped.
function quoteString(text) {
  let quote = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) quote = '"';
    else if (!text.includes('`') && !text.includes('${')) quote = '`';
  }
  const escapeSingleQuote = quote === "'";
  let result = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === 0x27 && escapeSingleQuote) || code === 0x5c || code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      result += text.slice(last, i) + escapes[code];
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${text.slice(last, i)}\\u${code.toString(16)}`;
      last = i + 1;
    }
  }
  result += text.slice(last);
  return quote + result + quote;
}

// Escapes a symbol's description the way keys are escaped (no quotes).
function escapeSymbolKey(text) {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x27 || code === 0x5c || code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      result += escapes[code];
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        result += text[i] + text[i + 1];
        i++;
      } else {
        result += `\\u${code.toString(16)}`;
      }
    } else {
      result += text[i];
    }
  }
  return result;
}

// Splits after every newline, keeping the newline with the preceding piece.
function splitAfterNewlines(text) {
  const pieces = [];
  let start = 0;
  for (;;) {
    const index = text.indexOf('\n', start);
    if (index === -1 || index === text.length - 1) break;
    pieces.push(text.slice(start, index + 1));
    start = index + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function withNumericSeparators(digits) {
  let result = '';
  let i = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return i === digits.length ? digits : `${digits.slice(0, i)}${result}`;
}

function withTrailingSeparators(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${result}${digits.slice(i)}`;
}

function formatNumber(stylize, number, numericSeparator) {
  if (Object.is(number, -0)) return stylize('-0', 'number');
  const text = `${number}`;
  if (!numericSeparator || !Number.isFinite(number) || text.includes('e')) return stylize(text, 'number');
  if (Number.isInteger(number)) return stylize(withNumericSeparators(text), 'number');
  const dot = text.indexOf('.');
  return stylize(`${withNumericSeparators(text.slice(0, dot))}.${withTrailingSeparators(text.slice(dot + 1))}`, 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const text = String(bigint);
  return stylize(`${numericSeparator ? withNumericSeparators(text) : text}n`, 'bigint');
}

const moreItems = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long multi-line strings are shown as a concatenation, one line each.
      if (ctx.compact !== true && value.length > MIN_SPLIT_LENGTH &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return splitAfterNewlines(value)
          .map((line) => stylize(quoteString(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return stylize(quoteString(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      return stylize(value.toString(), 'symbol');
  }
}

module.exports = { quoteString, escapeSymbolKey, formatNumber, formatBigInt, formatPrimitive, moreItems };
