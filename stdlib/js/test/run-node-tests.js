'use strict';
// Dev tool, not shipped: runs Node's own AsyncLocalStorage / AsyncResource
// tests (group A of /work/shared/node-tests/INDEX.md) against the stdlib
// under Node 26: node --expose-internals run-node-tests.js [test-dir]
// A test passes when its process exits with code 0.

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const testRoot = process.argv[2] || '/work/shared/node-tests/test';
const groupA = [
  'async-hooks/test-async-local-storage-args.js',
  'async-hooks/test-async-local-storage-async-await.js',
  'async-hooks/test-async-local-storage-async-functions.js',
  'async-hooks/test-async-local-storage-enable-disable.js',
  'async-hooks/test-async-local-storage-enter-with.js',
  'async-hooks/test-async-local-storage-misc-stores.js',
  'async-hooks/test-async-local-storage-nested.js',
  'async-hooks/test-async-local-storage-no-mix-contexts.js',
  'async-hooks/test-async-local-storage-promises.js',
  'async-hooks/test-async-local-storage-thenable.js',
  'async-hooks/test-embedder.api.async-resource.runInAsyncScope.js',
  'parallel/test-als-defaultvalue.js',
  'parallel/test-als-defaultvalue-original.js',
  'parallel/test-async-local-storage-bind.js',
  'parallel/test-async-local-storage-deep-stack.js',
  'parallel/test-async-local-storage-enter-with.js',
  'parallel/test-async-local-storage-exit-does-not-leak.js',
  'parallel/test-async-local-storage-isolation.js',
  'parallel/test-async-local-storage-snapshot.js',
  'parallel/test-asyncresource-bind.js',
  'parallel/test-async-hooks-asyncresource-constructor.js',
  'parallel/test-async-hooks-recursive-stack-runInAsyncScope.js',
  'parallel/test-async-hooks-run-in-async-scope-caught-exception.js',
  'parallel/test-async-hooks-run-in-async-scope-this-arg.js',
  'parallel/test-timers-clearImmediate-als.js',
  'async-hooks/test-async-local-storage-errors.js',
  'parallel/test-eventemitter-asyncresource.js',
];

let failed = 0;
for (const name of groupA) {
  const result = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', path.join(__dirname, 'node-test-child.js'),
    path.join(testRoot, name)], { encoding: 'utf8', timeout: 60000 });
  if (result.status === 0) {
    console.log(`ok ${name}`);
  } else {
    failed++;
    console.log(`not ok ${name} (exit ${result.status})\n${result.stdout}${result.stderr}`.trimEnd());
  }
}
console.log(`${groupA.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
