'use strict';
// Line diff for AssertionError messages: the classic Myers O((N+M)D)
// shortest edit script, printed the way Node prints it ("+ actual",
// "- expected", unchanged lines indented by two, long unchanged runs
// collapsed to "...").

const INSERT = 1; // a line only in `actual`
const DELETE = -1; // a line only in `expected`
const SAME = 0;

// Runs of unchanged lines longer than this are collapsed.
const CONTEXT_LINES = 5;

// With `ignoreTrailingComma`, "a" and "a," count as the same line (inspect
// puts commas after every entry but the last).
function linesMatch(a, b, ignoreTrailingComma) {
  if (a === b) return true;
  return ignoreTrailingComma && (`${a},` === b || a === `${b},`);
}

// Returns the edit script in order, as [operation, line] pairs.
function myersDiff(actual, expected, ignoreTrailingComma = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const v = new Array(2 * max + 2).fill(0);
  const trace = [];

  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const index = k + max;
      let x = (k === -d || (k !== d && v[index - 1] < v[index + 1])) ? v[index + 1] : v[index - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], ignoreTrailingComma)) {
        x++;
        y++;
      }
      v[index] = x;
      if (x >= n && y >= m) return backtrack(trace, actual, expected, ignoreTrailingComma);
    }
  }
  return [];
}

function backtrack(trace, actual, expected, ignoreTrailingComma) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const reversed = [];
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = (k === -d || (k !== d && v[k - 1 + max] < v[k + 1 + max])) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // Show the expected spelling when the two differ only by a comma.
      reversed.push([SAME, ignoreTrailingComma && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) reversed.push([INSERT, actual[--x]]);
      else reversed.push([DELETE, expected[--y]]);
    }
  }
  return reversed.reverse();
}

// Renders the edit script; returns { message, skipped }.
function printDiff(diff) {
  let message = '';
  let skipped = false;
  let sameCount = 0;
  for (let i = 0; i < diff.length; i++) {
    const [operation, line] = diff[i];
    const previous = i > 0 ? diff[i - 1][0] : null;
    // Leaving a run of unchanged lines: show its tail (or "...").
    if (previous === SAME && operation !== SAME) {
      if (sameCount === CONTEXT_LINES + 1) {
        message += `  ${diff[i - 1][1]}\n`;
      } else if (sameCount === CONTEXT_LINES + 2) {
        message += `  ${diff[i - 2][1]}\n  ${diff[i - 1][1]}\n`;
      } else if (sameCount >= CONTEXT_LINES + 3) {
        message += `...\n  ${diff[i - 1][1]}\n`;
        skipped = true;
      }
      sameCount = 0;
    }
    if (operation === INSERT) {
      message += `+ ${line}\n`;
    } else if (operation === DELETE) {
      message += `- ${line}\n`;
    } else {
      if (sameCount < CONTEXT_LINES) message += `  ${line}\n`;
      sameCount++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printDiff };
