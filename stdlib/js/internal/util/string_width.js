'use strict';
// Display width of strings in terminal columns: ANSI escape sequences take
// none, East Asian wide characters two (used by inspect's array grouping and
// console.table).

const ansiPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(text) {
  if (typeof text !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', text);
  }
  return text.replace(ansiPattern, '');
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

// As Node built with ICU measures a code point: wide and full-width characters, then characters
// shown as emoji, take two columns; of the others, control and format characters (but the soft
// hyphen), enclosing and nonspacing marks and emoji modifiers take none.
const zeroWidthPattern = /^[\p{Cc}\p{Cf}\p{Me}\p{Mn}\p{Emoji_Modifier}]$/u;
const emojiPattern = /^\p{Emoji_Presentation}$/u;

function isZeroWidthCodePoint(code) {
  if (code >= 0x7f && code !== 0xad && zeroWidthPattern.test(String.fromCodePoint(code))) return true;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

function getStringWidth(text, removeControlChars = true) {
  if (removeControlChars) text = stripVTControlCharacters(text);
  let width = 0;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 127) {
      ascii = false;
      break;
    }
    if (code >= 32) width++;
  }
  if (ascii) return width;
  width = 0;
  let normalized = text;
  try {
    normalized = text.normalize('NFC');
  } catch {
    // An engine without Unicode normalization data counts code points as is.
  }
  for (const char of normalized) {
    const code = char.codePointAt(0);
    if (isFullWidthCodePoint(code) || emojiPattern.test(char)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

function removeColors(text) {
  return text.replace(ansiPattern, '');
}

module.exports = { getStringWidth, stripVTControlCharacters, removeColors };
