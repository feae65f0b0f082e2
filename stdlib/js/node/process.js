'use strict';
// node:process — the `process` object: an EventEmitter with argv, env,
// exit/exitCode, nextTick (host tick queue), hrtime, memoryUsage, stdout /
// stderr, emitWarning, and the uncaught-exception / unhandled-rejection
// machinery (internal/process/host_hooks.js registers it with the host).

const EventEmitter = require('node:events');
const { codes, validateFunction } = require('internal/errors');

// The Node release whose behaviour this stdlib reproduces.
const NODE_VERSION = '26.0.0';

const info = internal.processInfo;
const startTime = internal.hrtime();

const process = Object.create(EventEmitter.prototype, {
  [Symbol.toStringTag]: { value: 'process', writable: false, enumerable: false, configurable: true },
});
EventEmitter.init.call(process);

function makeStream(fd, isTTY) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.isTTY = isTTY;
  stream.writable = true;
  if (isTTY) {
    stream.columns = 80;
    stream.rows = 24;
  }
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') callback = encoding;
    if (typeof chunk !== 'string') {
      if (typeof Uint8Array === 'function' && chunk instanceof Uint8Array && typeof TextDecoder === 'function') chunk = new TextDecoder().decode(chunk);
      else if (chunk === null || chunk === undefined || typeof chunk === 'number' || typeof chunk === 'boolean') {
        throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      } else chunk = String(chunk);
    }
    internal.write(fd, chunk);
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  };
  stream.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') callback = chunk;
    else if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return stream;
  };
  stream.hasColors = (count = 16) => isTTY && colorDepth() >= Math.log2(count);
  stream.getColorDepth = () => (isTTY ? colorDepth() : 1);
  return stream;
}

function colorDepth() {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' ? 1 : 8;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
  return 8;
}

Object.assign(process, {
  title: 'node',
  version: `v${NODE_VERSION}`,
  versions: { node: NODE_VERSION, minijs: info.minijsVersion ?? '0.0.0' },
  release: { name: 'node' },
  arch: info.arch,
  platform: info.platform,
  pid: info.pid,
  ppid: info.ppid ?? 0,
  execPath: info.execPath,
  argv: info.argv.slice(),
  argv0: info.argv[0],
  execArgv: (info.execArgv ?? []).slice(),
  env: { ...info.env },
  features: { inspector: false, debug: false, uv: false, ipv6: false, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, typescript: false },
  config: { variables: {} },
  noDeprecation: false,
  throwDeprecation: false,
  traceDeprecation: false,
  stdout: makeStream(1, Boolean(info.stdoutIsTTY)),
  stderr: makeStream(2, Boolean(info.stderrIsTTY)),
  stdin: Object.assign(new EventEmitter(), { fd: 0, isTTY: false, readable: true }),
});

// --- exit ----------------------------------------------------------------------------

let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() {
    return exitCode;
  },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) throw new codes.ERR_INVALID_ARG_TYPE('code', 'integer', code);
    }
    exitCode = code;
  },
});

process._exiting = false;

function finalExitCode() {
  const code = exitCode === undefined || exitCode === null ? 0 : Number(exitCode);
  return Number.isInteger(code) ? code : 0;
}

// Emits 'exit' once; returns the code the process ends with.
function emitExit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', finalExitCode());
  }
  return finalExitCode();
}

process.exit = function exit(code) {
  internal.exit(emitExit(code));
};

process.reallyExit = function reallyExit(code) {
  internal.exit(code | 0);
};

process.abort = function abort() {
  internal.exit(134);
};

// --- scheduling and time ----------------------------------------------------------------

process.nextTick = function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  internal.nextTick(args.length === 0 ? callback : () => Reflect.apply(callback, undefined, args));
};

function hrtime(previous) {
  const now = internal.hrtime();
  let seconds = Math.floor(now / 1e9);
  let nanos = Math.round(now - seconds * 1e9);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    if (previous.length !== 2) throw new codes.ERR_OUT_OF_RANGE('time', '2', previous.length);
    seconds -= previous[0];
    nanos -= previous[1];
    if (nanos < 0) {
      seconds -= 1;
      nanos += 1e9;
    }
  }
  return [seconds, nanos];
}
hrtime.bigint = function bigint() {
  return BigInt(Math.round(internal.hrtime()));
};
process.hrtime = hrtime;

process.uptime = function uptime() {
  return (internal.hrtime() - startTime) / 1e9;
};

function memoryUsage() {
  const usage = typeof internal.memoryUsage === 'function' ? internal.memoryUsage() : {};
  return {
    rss: usage.rss ?? 0,
    heapTotal: usage.heapTotal ?? 0,
    heapUsed: usage.heapUsed ?? 0,
    external: usage.external ?? 0,
    arrayBuffers: usage.arrayBuffers ?? 0,
  };
}
memoryUsage.rss = () => memoryUsage().rss;
process.memoryUsage = memoryUsage;

process.cpuUsage = function cpuUsage() {
  const micros = Math.round(process.uptime() * 1e6);
  return { user: micros, system: 0 };
};

let cwd = info.cwd;
process.cwd = function processCwd() {
  return cwd;
};
// Only the reported directory changes: the host resolves paths itself.
process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  cwd = directory.startsWith('/') ? directory : `${cwd.replace(/\/$/, '')}/${directory}`;
};

process.umask = function umask() {
  return 0o22;
};

process.binding = function binding(name) {
  throw new Error(`No such module: ${name}`);
};

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  require('internal/process/warning').emitWarning(warning, type, code, ctor);
};

// --- uncaught exceptions ---------------------------------------------------------------------

let captureCallback = null;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  validateFunction(fn, 'fn');
  if (captureCallback !== null) {
    const error = new Error('`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
    error.code = 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET';
    throw error;
  }
  captureCallback = fn;
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
};

module.exports = process;

require('internal/process/warning').installDefaultHandler(process);
require('internal/process/host_hooks').install(process, {
  emitExit,
  captureCallback: () => captureCallback,
});
