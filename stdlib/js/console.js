'use strict';
// The console: log/info/debug/dir/table/count/time/group go to stdout,
// error/warn/trace/assert to stderr (Node's routing). Output is formatted
// with util.formatWithOptions, indented by console.group(), and colored when
// the stream is a terminal. `require('node:console')` gives the global
// console; `console.Console` builds one writing to other streams.

const { inspect, getStringWidth } = require('internal/util/inspect');
const { formatWithOptions } = require('internal/util/format');
const types = require('internal/util/types');
const { codes } = require('internal/errors');

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function processModule() {
  return require('node:process');
}

// "1.234ms", "2.500s", "1:02.345 (m:ss.mmm)" like Node.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = seconds.toFixed(3).split('.');
    const lead = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes;
    return `${lead}:${whole.padStart(2, '0')}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, widths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    out += row[i] + ' '.repeat(widths[i] - getStringWidth(row[i]));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

// Draws a box table from column headers and column value arrays.
function renderTable(head, columns) {
  const widths = head.map((title) => getStringWidth(title));
  const longest = Math.max(0, ...columns.map((column) => column.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      rows[j] ??= [];
      const cell = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      widths[i] = Math.max(widths[i] || 0, getStringWidth(cell));
    }
  }
  const divider = widths.map((width) => tableChars.middleMiddle.repeat(width + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, widths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  return result + tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight;
}

// The global console writes through process.stdout / process.stderr (looked
// up on every call), so code that replaces their write() captures it, as in Node.
function processStreamWriter(fd) {
  return {
    fd,
    write(text) {
      const process = processModule();
      return (fd === 1 ? process.stdout : process.stderr).write(text);
    },
  };
}

class Console {
  #stdout;
  #stderr;
  #colorMode;
  #inspectOptions;
  #groupIndent = '';
  #groupIndentation;
  #counts = new Map();
  #timers = new Map();

  constructor(stdout, stderr, ignoreErrors) {
    let options = stdout;
    if (options === null || typeof options !== 'object' || typeof options.write === 'function') {
      options = { stdout, stderr, ignoreErrors };
    }
    if (!options.stdout || typeof options.stdout.write !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('stdout', 'Writable', options.stdout);
    }
    this.#stdout = options.stdout;
    this.#stderr = options.stderr && typeof options.stderr.write === 'function' ? options.stderr : options.stdout;
    this.#colorMode = options.colorMode ?? 'auto';
    this.#inspectOptions = options.inspectOptions;
    this.#groupIndentation = options.groupIndentation ?? 2;
    // Methods work detached (`const { log } = console`).
    for (const name of Object.getOwnPropertyNames(Console.prototype)) {
      if (name !== 'constructor' && typeof this[name] === 'function') {
        // Bound like Node's, but keeping the plain name (`console.log.name === 'log'`).
        const bound = this[name].bind(this);
        Object.defineProperty(bound, 'name', { value: name });
        this[name] = bound;
      }
    }
  }

  #useColors(stream) {
    if (this.#colorMode !== 'auto') return Boolean(this.#colorMode);
    if (stream.fd === 1 || stream.fd === 2) {
      const process = processModule();
      const processStream = stream.fd === 1 ? process.stdout : process.stderr;
      return processStream.isTTY === true && processStream.getColorDepth() > 2;
    }
    return stream.isTTY === true && typeof stream.hasColors === 'function' && stream.hasColors();
  }

  #inspectOptionsFor(stream) {
    const colors = this.#useColors(stream);
    if (this.#inspectOptions) return { colors, ...this.#inspectOptions };
    return colors ? { colors: true } : {};
  }

  #write(stream, text) {
    if (this.#groupIndent.length !== 0) {
      if (text.includes('\n')) text = text.replaceAll('\n', `\n${this.#groupIndent}`);
      text = this.#groupIndent + text;
    }
    try {
      stream.write(`${text}\n`);
    } catch {
      // Like Node's ignoreErrors: a failing stream does not crash the program.
    }
  }

  #format(stream, args) {
    return formatWithOptions(this.#inspectOptionsFor(stream), ...args);
  }

  log(...args) {
    this.#write(this.#stdout, this.#format(this.#stdout, args));
  }

  info(...args) {
    this.log(...args);
  }

  debug(...args) {
    this.log(...args);
  }

  dirxml(...args) {
    this.log(...args);
  }

  error(...args) {
    this.#write(this.#stderr, this.#format(this.#stderr, args));
  }

  warn(...args) {
    this.error(...args);
  }

  dir(value, options) {
    this.#write(this.#stdout, inspect(value, {
      customInspect: false,
      ...this.#inspectOptionsFor(this.#stdout),
      ...options,
    }));
  }

  trace(...args) {
    const probe = new Error(formatWithOptions(this.#inspectOptionsFor(this.#stderr), ...args));
    probe.name = 'Trace';
    let stack = typeof probe.stack === 'string' ? probe.stack : `Trace: ${probe.message}`;
    // Drop the first frame (this method) and rename the header.
    const frames = stack.split('\n');
    const firstFrame = frames.findIndex((line) => line.startsWith('    at '));
    if (firstFrame !== -1) frames.splice(firstFrame, 1);
    stack = frames.join('\n').replace(/^Error/, 'Trace');
    this.error(stack);
  }

  assert(condition, ...args) {
    if (condition) return;
    if (typeof args[0] === 'string') {
      args[0] = `Assertion failed: ${args[0]}`;
    } else {
      args.unshift('Assertion failed');
    }
    this.warn(...args);
  }

  count(label = 'default') {
    label = `${label}`;
    const count = (this.#counts.get(label) ?? 0) + 1;
    this.#counts.set(label, count);
    this.log(`${label}: ${count}`);
  }

  countReset(label = 'default') {
    label = `${label}`;
    if (!this.#counts.has(label)) {
      processModule().emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this.#counts.delete(label);
  }

  group(...data) {
    if (data.length > 0) this.log(...data);
    this.#groupIndent += ' '.repeat(this.#groupIndentation);
  }

  groupCollapsed(...data) {
    this.group(...data);
  }

  groupEnd() {
    this.#groupIndent = this.#groupIndent.slice(0, this.#groupIndent.length - this.#groupIndentation);
  }

  time(label = 'default') {
    label = `${label}`;
    if (this.#timers.has(label)) {
      processModule().emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this.#timers.set(label, internal.hrtime());
  }

  #elapsed(label, method) {
    const start = this.#timers.get(label);
    if (start === undefined) {
      processModule().emitWarning(`No such label '${label}' for console.${method}()`);
      return undefined;
    }
    return formatTime((internal.hrtime() - start) / 1e6);
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    const elapsed = this.#elapsed(label, 'timeEnd');
    if (elapsed === undefined) return;
    this.#timers.delete(label);
    this.log('%s: %s', label, elapsed);
  }

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    const elapsed = this.#elapsed(label, 'timeLog');
    if (elapsed === undefined) return;
    this.log('%s: %s', label, elapsed, ...data);
  }

  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (data === null || typeof data !== 'object') {
      this.log(data);
      return;
    }
    const show = (value) => {
      const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
        Object.keys(value).length > 2 ? -1 : 0;
      return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity, ...this.#inspectOptionsFor(this.#stdout) });
    };
    const indexColumn = (length) => Array.from({ length }, (_, i) => show(i));
    const print = (head, columns) => this.log(renderTable(head, columns));

    if (types.isMap(data)) {
      const keys = [];
      const values = [];
      for (const [key, value] of data) {
        keys.push(show(key));
        values.push(show(value));
      }
      print(['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values]);
      return;
    }
    if (types.isSet(data) || types.isSetIterator(data) || types.isMapIterator(data)) {
      const values = [];
      for (const value of data) values.push(show(value));
      print(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
      return;
    }

    const columns = { __proto__: null };
    let hasPrimitives = false;
    const primitiveValues = [];
    const rowKeys = Object.keys(data);
    for (let i = 0; i < rowKeys.length; i++) {
      const item = data[rowKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveValues[i] = show(item);
      } else {
        for (const key of properties || Object.keys(item)) {
          columns[key] ??= [];
          columns[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)
            ? ''
            : show(item[key]);
        }
      }
    }
    const head = Object.keys(columns);
    const values = Object.values(columns);
    if (hasPrimitives) {
      head.push('Values');
      values.push(primitiveValues);
    }
    head.unshift('(index)');
    values.unshift(rowKeys);
    print(head, values);
  }

  // Inspector-only in Node; accepted and ignored.
  profile() {}

  profileEnd() {}

  timeStamp() {}

  context() {
    return this;
  }
}

const globalConsole = new Console({ stdout: processStreamWriter(1), stderr: processStreamWriter(2) });
globalConsole.Console = Console;

module.exports = globalConsole;
