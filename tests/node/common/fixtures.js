'use strict';
// Node's test/common/fixtures: paths into test/fixtures. Reading files needs
// node:fs, which minijs does not have; the one test using this
// (test-async-local-storage-tlssocket.js) skips before reading, since
// common.hasCrypto is false.

const fixturesDir = `${__dirname.replace(/\/common$/, '')}/fixtures`;

function fixturesPath(...parts) {
  return [fixturesDir, ...parts].join('/');
}

function readFixtureSync(parts, encoding) {
  const fs = require('fs');
  return fs.readFileSync(fixturesPath(...[].concat(parts)), encoding);
}

function readFixtureKey(name, encoding) {
  return readFixtureSync(['keys', name], encoding);
}

module.exports = {
  fixturesDir,
  path: fixturesPath,
  readSync: readFixtureSync,
  readKey: readFixtureKey,
};
