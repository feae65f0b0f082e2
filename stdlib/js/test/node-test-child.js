'use strict';
// Dev tool, not shipped: runs ONE Node test file (argv[2]) with the stdlib's
// modules and globals in place of Node's: installs the AsyncContext stand-in,
// evaluates bootstrap.js, forwards Node's process events to the host hooks,
// and resolves require() of node:* modules to stdlib/js. Used by
// run-node-tests.js.

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

require('./asynccontext-polyfill').install();
const { loadStd, connectHostHooks } = require('./host-shim');

const nodeRequire = require;
loadStd('bootstrap');
connectHostHooks();

const common = nodeRequire('./node-common');
common.installExitCheck(globalThis.process);

function testRequire(name) {
  if (name === '../common') return common;
  try {
    return loadStd(name);
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND') throw err;
    return nodeRequire(name);
  }
}

const file = path.resolve(process.argv[2]);
const source = fs.readFileSync(file, 'utf8');
const wrapper = vm.runInThisContext(
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file });
const testModule = { exports: {} };
wrapper.call(testModule.exports, testModule.exports, testRequire, testModule, file, path.dirname(file));
