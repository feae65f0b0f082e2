'use strict';
// Dev tool, not shipped: runs the stdlib/js modules inside Node 26 the way
// the minijs host runs them, so they can be tested before the engine exists
// and compared with Node's own modules.
//
//   const { loadStd, internal } = require('./host-shim');
//   const util = loadStd('node:util');
//
// Every file is wrapped as `(function (exports, require, module, internal) {...})`
// and evaluated once, lazily. `internal` is built on Node APIs; the two
// natives Node keeps private (promise state, proxy details) come from
// `--expose-internals`, so run the tests with `node --expose-internals`.

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const ROOT = path.join(__dirname, '..');

// bootstrap.js replaces the `process` global; the shim keeps Node's own.
const nodeProcess = process;

let utilBinding;
try {
  // eslint-disable-next-line node/no-missing-require
  const { internalBinding } = require('internal/test/binding');
  utilBinding = internalBinding('util');
} catch {
  throw new Error('run this test with `node --expose-internals`');
}

const hostHooks = {};

function makeInternal(overrides = {}) {
  return {
    write(fd, text) {
      fs.writeSync(fd, text);
    },
    enterWith(variable, value) {
      if (typeof globalThis.AsyncContext?.__enterWith !== 'function') {
        throw new Error('enterWith needs the AsyncContext polyfill');
      }
      globalThis.AsyncContext.__enterWith(variable, value);
    },
    nextTick(callback) {
      nodeProcess.nextTick(callback);
    },
    exit(code) {
      nodeProcess.reallyExit(code);
    },
    promiseState(value) {
      const details = utilBinding.getPromiseDetails(value);
      return details === undefined ? undefined : [details[0], details[1]];
    },
    proxyDetails(value) {
      return utilBinding.getProxyDetails(value, true);
    },
    hrtime() {
      return Number(nodeProcess.hrtime.bigint());
    },
    memoryUsage() {
      const { rss, heapTotal, heapUsed, external, arrayBuffers } = nodeProcess.memoryUsage();
      return { rss, heapTotal, heapUsed, external, arrayBuffers };
    },
    processInfo: {
      argv: process.argv.slice(),
      execArgv: [],
      env: { ...process.env },
      cwd: process.cwd(),
      execPath: process.execPath,
      pid: process.pid,
      ppid: process.ppid,
      platform: process.platform,
      arch: process.arch,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    },
    setHostHooks(hooks) {
      Object.assign(hostHooks, hooks);
    },
    ...overrides,
  };
}

// Maps a module name to its file, like the host's loader (see INTERNAL.md).
function resolveStd(name) {
  if (name.startsWith('node:')) name = name.slice(5);
  if (name.startsWith('internal/')) return path.join(ROOT, `${name}.js`);
  if (name === 'bootstrap' || name === 'console') return path.join(ROOT, `${name}.js`);
  return path.join(ROOT, 'node', `${name}.js`);
}

function createLoader(internal) {
  const cache = new Map();
  function loadStd(name) {
    const file = resolveStd(name);
    const cached = cache.get(file);
    if (cached !== undefined) return cached.exports;
    if (!fs.existsSync(file)) {
      const err = new Error(`Cannot find module '${name}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    const module = { exports: {} };
    cache.set(file, module);
    const source = fs.readFileSync(file, 'utf8');
    const wrapper = vm.runInThisContext(
      `(function (exports, require, module, internal) {${source}\n})`, { filename: file });
    wrapper.call(module.exports, module.exports, loadStd, module, internal);
    return module.exports;
  }
  return loadStd;
}

const internal = makeInternal();
const loadStd = createLoader(internal);

// Forwards Node's process events to the stdlib's host hooks, the way the
// minijs host calls them.
function connectHostHooks() {
  nodeProcess.on('uncaughtException', (error) => hostHooks.uncaughtException(error, undefined));
  nodeProcess.on('unhandledRejection', (reason, promise) => hostHooks.unhandledRejection(reason, promise, undefined));
  nodeProcess.on('rejectionHandled', (promise) => hostHooks.rejectionHandled(promise));
  nodeProcess.on('beforeExit', () => hostHooks.beforeExit());
  nodeProcess.on('exit', () => {
    nodeProcess.exitCode = hostHooks.exit();
  });
}

module.exports = { loadStd, internal, hostHooks, makeInternal, createLoader, resolveStd, connectHostHooks, nodeProcess };
