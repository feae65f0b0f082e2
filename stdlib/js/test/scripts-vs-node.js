'use strict';
// Dev tool, not shipped. Runs small whole programs twice — with plain Node 26
// and with the stdlib standing in for Node's globals (node-test-child.js) —
// and compares stdout, stderr and the exit code. Process ids and the Node
// version in reports are normalized; scripts avoid printing stack frames.
// Run: node --expose-internals scripts-vs-node.js

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const scripts = {
  'console basics': `
    console.log('hello', 1, { a: [1, 2, { b: 3 }] });
    console.error('to stderr %d', 5);
    console.group('g'); console.warn('inside'); console.groupEnd();
    console.table([{ x: 1 }]);
    console.log('%c styled', 'color: red');`,
  'exit code and exit event': `
    process.on('exit', (code) => console.log('exit', code, process.exitCode));
    process.exitCode = 3;`,
  'process.exit inside': `
    process.on('exit', (code) => console.log('exit event', code));
    setTimeout(() => console.log('never'), 10);
    process.exit(4);`,
  'beforeExit reschedules once': `
    let n = 0;
    process.on('beforeExit', (code) => { console.log('beforeExit', code, n); if (n++ === 0) setTimeout(() => console.log('more work'), 1); });
    process.on('exit', (code) => console.log('exit', code));`,
  'nextTick before promises': `
    Promise.resolve().then(() => console.log('promise 1'));
    process.nextTick(() => console.log('tick 1'));
    process.nextTick((a, b) => { console.log('tick 2', a, b); Promise.resolve().then(() => console.log('promise from tick')); process.nextTick(() => console.log('nested tick')); }, 'x', 'y');
    setImmediate(() => console.log('immediate'));
    setTimeout(() => console.log('timeout'), 0);
    console.log('sync');`,
  'timer objects': `
    const t = setTimeout(() => console.log('fired', this === undefined), 1);
    console.log(typeof t, t.constructor.name, t.hasRef(), t.unref().hasRef(), t.ref().hasRef());
    const i = setImmediate(() => console.log('immediate ran'));
    console.log(i.constructor.name);
    const cleared = setTimeout(() => console.log('must not run'), 1);
    clearTimeout(cleared);
    const byNumber = setTimeout(() => console.log('must not run either'), 1);
    clearTimeout(+byNumber);
    let count = 0;
    const iv = setInterval(() => { console.log('interval', ++count); if (count === 3) clearInterval(iv); }, 30);
    setTimeout(function () { console.log('this is timeout', this === t2); }, 40);
    var t2 = setTimeout(() => {}, 1);
    try { setTimeout('code'); } catch (e) { console.log(e.code, e.message); }`,
  'timeout refresh': `
    let fired = 0;
    const t = setTimeout(() => { fired++; console.log('fired', fired); }, 5);
    setTimeout(() => t.refresh(), 2);`,
  'uncaught exception handler': `
    process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
    setTimeout(() => { throw new Error('from timer'); }, 1);
    setTimeout(() => console.log('still running'), 5);`,
  'uncaught non-error value': `
    process.on('exit', (c) => console.log('exit', c));
    setTimeout(() => { throw { custom: true }; }, 1);`,
  'uncaught primitive': `
    setTimeout(() => { throw 'just a string'; }, 1);`,
  'unhandled rejection handler': `
    process.on('unhandledRejection', (reason, promise) => console.log('unhandled', reason, promise));
    Promise.reject(42);
    const late = Promise.reject(new Error('late'));
    process.on('rejectionHandled', (p) => console.log('rejectionHandled', p === late));
    setTimeout(() => late.catch(() => console.log('caught late')), 5);`,
  'unhandled rejection fatal primitive': `
    process.on('exit', (c) => console.log('exit', c));
    Promise.reject('nope');`,
  'unhandled rejection fatal object': `
    Promise.reject({ a: 1 });`,
  'unhandled rejection handled in time': `
    const p = Promise.reject(new Error('x'));
    Promise.resolve().then(() => p.catch(() => console.log('handled in same tick')));`,
  'uncaughtExceptionMonitor and capture callback': `
    process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err, origin));
    process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err));
    console.log(process.hasUncaughtExceptionCaptureCallback());
    setTimeout(() => { throw 'boom'; }, 1);
    Promise.reject('rejected');`,
  'warnings': `
    process.emitWarning('plain warning');
    process.emitWarning('with code', 'CustomWarning', 'C001');
    process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
    process.emitWarning('detailed', { type: 'XWarning', code: 'X1', detail: 'more details' });
    process.on('warning', (w) => console.log('listener', w.name, w.message, w.code));`,
  'util.deprecate': `
    const util = require('util');
    const fn = util.deprecate(() => 'result', 'fn is old', 'DEP0123');
    console.log(fn(), fn());`,
  'process fields': `
    console.log(typeof process.pid, Array.isArray(process.argv), typeof process.env.PATH, process.platform, process.arch);
    console.log(process.hrtime().length, typeof process.hrtime.bigint(), process.uptime() >= 0, typeof process.memoryUsage().heapUsed);
    console.log(process.cwd() === require('path').resolve('.'), typeof process.version, process.release.name);
    console.log(Object.prototype.toString.call(process), process.listenerCount('warning'));
    const d = process.hrtime([0, 0]); console.log(d.length);
    try { process.nextTick(5); } catch (e) { console.log(e.code, e.message); }
    try { process.exitCode = 'x'; } catch (e) { console.log(e.code); }
    process.stdout.write('direct stdout\\n'); process.stderr.write('direct stderr\\n');`,
  'async_hooks across host callbacks': `
    const { AsyncLocalStorage } = require('async_hooks');
    const als = new AsyncLocalStorage();
    als.run('A', () => {
      setTimeout(() => console.log('timeout', als.getStore()), 1);
      setImmediate(() => console.log('immediate', als.getStore()));
      process.nextTick(() => console.log('tick', als.getStore()));
      queueMicrotask(() => console.log('microtask', als.getStore()));
      Promise.resolve().then(() => console.log('then', als.getStore()));
      setInterval(function () { console.log('interval', als.getStore()); clearInterval(this); }, 1);
    });
    process.on('unhandledRejection', () => console.log('unhandledRejection', als.getStore()));
    als.run('R', () => Promise.reject(new Error('x')));
    console.log('outside', als.getStore());`,
  'util.inspect and format via console': `
    const util = require('util');
    console.log(util.inspect({ a: 1, nested: { deep: { deeper: { deepest: 1 } } } }, { depth: 0 }));
    console.log(util.format('%s:%s', 'a'), util.format('%o', [1]));
    console.log(new Error('e').message, [new Map([[1, { a: 1 }]])]);`,
};

function run(args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 30000 });
  // The shim host cannot print the source line above a fatal error, and
  // stack frames differ (the shim adds its own): both are removed.
  const normalize = (text) => text
    .replace(/\(node:\d+\)/g, '(node:PID)')
    .replace(/Node\.js v\d+\.\d+\.\d+/g, 'Node.js vX')
    .replace(/(^|\n)(node:internal\/[^\n]*|\/[^\n]*\.js):\d+\n[^\n]*\n *\^\n\n?/g, '')
    .replace(/\n *at [^\n]*/g, '');
  return `exit ${result.status}\n--stdout--\n${normalize(result.stdout)}--stderr--\n${normalize(result.stderr)}`;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdjs-scripts-'));
const child = path.join(__dirname, 'node-test-child.js');
let failures = 0;
for (const [label, source] of Object.entries(scripts)) {
  const file = path.join(dir, `${label.replace(/\W+/g, '-')}.js`);
  fs.writeFileSync(file, `'use strict';\n${source}\n`);
  const expected = run([file], dir);
  const actual = run(['--expose-internals', '--no-warnings', child, file], dir);
  if (expected !== actual) {
    failures++;
    console.log(`--- MISMATCH: ${label}\n[node]\n${expected}\n[ours]\n${actual}\n`);
  }
}
console.log(`${Object.keys(scripts).length - failures} passed, ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
