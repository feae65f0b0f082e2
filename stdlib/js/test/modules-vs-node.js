'use strict';
// Dev tool, not shipped. Runs the same scenarios against Node's modules and
// the stdlib's (console, events, util helpers, timers/promises) and compares
// the recorded transcripts. Run: node --expose-internals modules-vs-node.js

require('./asynccontext-polyfill').install();
const { loadStd } = require('./host-shim');

const node = {
  console: require('node:console'),
  events: require('node:events'),
  util: require('node:util'),
  timersPromises: require('node:timers/promises'),
};
const ours = {
  console: loadStd('console'),
  events: loadStd('node:events'),
  util: loadStd('node:util'),
  timersPromises: loadStd('node:timers/promises'),
};

// Node's Console wants a stream it can listen on.
function captureStream(log, name) {
  const stream = new (require('node:events'))();
  stream.write = (chunk) => {
    log.push(`${name}: ${chunk}`);
    return true;
  };
  return stream;
}

function describeError(err) {
  return err instanceof Error ? `${err.name} ${err.code ?? ''} ${err.message}` : `thrown ${String(err)}`;
}

const scenarios = [];
function scenario(label, run) {
  scenarios.push({ label, run });
}

// --- console ----------------------------------------------------------------------
function consoleScenario(label, body) {
  scenario(`console: ${label}`, (mods, log) => {
    const c = new mods.console.Console({ stdout: captureStream(log, 'out'), stderr: captureStream(log, 'err') });
    body(c, log);
  });
}
consoleScenario('log formats', (c) => {
  c.log('a', 1, { b: [1, 2] }, null);
  c.log('%s=%d %o', 'x', 42, { y: 1 });
  c.info('info');
  c.debug('debug');
  c.error('error', new Map([[1, 2]]));
  c.warn('warn');
  c.log();
});
consoleScenario('groups', (c) => {
  c.group('Group', 1);
  c.log('inside\nmulti-line');
  c.group();
  c.error('deeper');
  c.groupEnd();
  c.groupCollapsed('collapsed');
  c.log('x');
  c.groupEnd();
  c.groupEnd();
  c.groupEnd();
  c.log('outside');
});
consoleScenario('count', (c) => {
  c.count();
  c.count();
  c.count('x');
  c.count(undefined);
  c.countReset();
  c.count();
});
consoleScenario('assert', (c) => {
  c.assert(true, 'not shown');
  c.assert(false, 'shown %s', 'formatted');
  c.assert(false);
  c.assert(0, { a: 1 });
});
consoleScenario('dir', (c) => {
  c.dir({ a: { b: { c: { d: 1 } } } });
  c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
  c.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; }, z: 1 });
  c.dirxml('x', 1);
});
consoleScenario('table', (c) => {
  c.table([{ a: 1, b: 'x' }, { a: 22, c: true }]);
  c.table({ r1: { a: 1 }, r2: { b: 2 } });
  c.table([1, 'two', { x: 1 }]);
  c.table([[1, 2], [3, 4, 5]]);
  c.table(new Map([['k', { a: 1 }], ['j', 2]]));
  c.table(new Set([1, 2]));
  c.table([{ a: 1, b: 2 }], ['a']);
  c.table([{ a: { deep: { deeper: 1 } }, b: [1, 2, 3, 4, 5] }]);
  c.table([{ name: '中文', v: 1 }]);
  c.table(5);
  c.table([]);
  c.table('str');
});

// --- events -------------------------------------------------------------------------
function eventsScenario(label, body) {
  scenario(`events: ${label}`, (mods, log) => body(mods.events, log));
}
eventsScenario('basic on/emit/once/off', (EventEmitter, log) => {
  const e = new EventEmitter();
  const a = (...args) => log.push(`a ${args.join(',')}`);
  const b = () => log.push('b');
  e.on('x', a);
  e.once('x', b);
  e.prependListener('x', () => log.push('first'));
  log.push(`emit1 ${e.emit('x', 1, 2)}`);
  log.push(`emit2 ${e.emit('x', 3)}`);
  log.push(`count ${e.listenerCount('x')} ${e.listeners('x').length} ${e.rawListeners('x').length}`);
  e.off('x', a);
  log.push(`emit3 ${e.emit('x')} ${e.listenerCount('x')}`);
  log.push(`names ${String(e.eventNames())}`);
  e.removeAllListeners();
  log.push(`after removeAll ${e.emit('x')} ${e.eventNames().length}`);
  log.push(`emit none ${e.emit('nothing')}`);
});
eventsScenario('newListener/removeListener meta events', (EventEmitter, log) => {
  const e = new EventEmitter();
  e.on('newListener', (name, fn) => log.push(`new ${String(name)} ${fn.name}`));
  e.on('removeListener', (name, fn) => log.push(`removed ${String(name)} ${fn.name}`));
  function foo() {}
  function bar() {}
  e.on('a', foo);
  e.once('a', bar);
  e.emit('a');
  e.removeListener('a', foo);
  e.on('b', foo);
  e.removeAllListeners('b');
  e.on('c', foo);
  e.removeAllListeners();
  log.push(`names ${e.eventNames().length}`);
});
eventsScenario('error events', (EventEmitter, log) => {
  const e = new EventEmitter();
  for (const arg of [new Error('boom'), 'str', { a: 1 }, undefined]) {
    try {
      e.emit('error', arg);
    } catch (err) {
      log.push(describeError(err));
      log.push(`context ${err.context === arg}`);
    }
  }
  e.on(EventEmitter.errorMonitor, (err) => log.push(`monitor ${err.message}`));
  try {
    e.emit('error', new Error('monitored'));
  } catch (err) {
    log.push(`still thrown ${err.message}`);
  }
  e.on('error', (err) => log.push(`handled ${err.message}`));
  e.emit('error', new Error('now handled'));
});
eventsScenario('listener validation', (EventEmitter, log) => {
  const e = new EventEmitter();
  for (const bad of [1, 'x', null, {}]) {
    try {
      e.on('x', bad);
    } catch (err) {
      log.push(describeError(err));
    }
  }
  try {
    e.setMaxListeners(-1);
  } catch (err) {
    log.push(describeError(err));
  }
});
eventsScenario('this and args, listener order snapshot', (EventEmitter, log) => {
  const e = new EventEmitter();
  e.on('x', function first() {
    log.push(`this ok ${this === e}`);
    e.on('x', () => log.push('added during emit'));
    e.removeListener('x', second);
  });
  function second() {
    log.push('second still runs');
  }
  e.on('x', second);
  e.emit('x');
  e.emit('x');
});
eventsScenario('max listeners warning object', (EventEmitter, log) => {
  const e = new EventEmitter();
  log.push(`default ${e.getMaxListeners()} ${EventEmitter.defaultMaxListeners}`);
  e.setMaxListeners(1);
  log.push(`set ${e.getMaxListeners()}`);
  log.push(`static count ${EventEmitter.listenerCount(e, 'x')}`);
});
eventsScenario('inspect', (EventEmitter, log) => {
  const e = new EventEmitter();
  e.on('x', function onX() {});
  log.push(node.util.inspect(e));
  log.push(node.util.inspect(new EventEmitter({ captureRejections: true })));
});
eventsScenario('inheritance', (EventEmitter, log) => {
  class My extends EventEmitter {}
  const m = new My();
  m.on('hi', (v) => log.push(`got ${v}`));
  m.emit('hi', 5);
  log.push(`instance ${m instanceof EventEmitter} ${typeof EventEmitter.EventEmitter} ${typeof EventEmitter.once}`);
});

// --- util helpers ---------------------------------------------------------------------
function utilScenario(label, body) {
  scenario(`util: ${label}`, (mods, log) => body(mods.util, log));
}
utilScenario('isDeepStrictEqual', (util, log) => {
  const pairs = [
    [1, 1], [0, -0], [NaN, NaN], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [[1, 2], [1, 2]], [[1, 2], [2, 1]],
    [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
    [new Date(1), new Date(1)], [/a/g, /a/g], [/a/g, /a/i], [Object.create(null), {}], [new Number(1), new Number(1)],
    [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [[1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
    [new Uint8Array([1]), new Uint8Array([1])], [new Uint8Array([1]), new Int8Array([1])], [{ [Symbol.for('a')]: 1 }, {}],
    [Promise.resolve(), Promise.resolve()], [new WeakMap(), new WeakMap()], [() => {}, () => {}],
  ];
  pairs.forEach(([a, b], i) => log.push(`${i} ${util.isDeepStrictEqual(a, b)}`));
});
utilScenario('inherits and types', (util, log) => {
  function A() {}
  A.prototype.hello = () => 'hi';
  function B() {}
  util.inherits(B, A);
  log.push(`${new B().hello()} ${B.super_ === A}`);
  try {
    util.inherits(B, null);
  } catch (err) {
    log.push(describeError(err));
  }
  const samples = [new Date(), /x/, new Map(), new Set(), new WeakMap(), Promise.resolve(), async () => {}, function* g() {},
    new Uint8Array(1), new ArrayBuffer(1), new DataView(new ArrayBuffer(1)), new Number(1), Object(1n), Object(Symbol('s')),
    new Error('x'), (function () { return arguments; })(), new Proxy({}, {}), new Map().entries(), new Set().values(),
    (function* g() {})(), {}, [], 'str', 1];
  for (const name of Object.keys(node.util.types).sort()) {
    log.push(`${name}: ${samples.map((v) => (util.types[name] ? util.types[name](v) : 'missing')).join(',')}`);
  }
});
utilScenario('format extras', (util, log) => {
  log.push(util.format('%s %s', 'a'));
  log.push(util.formatWithOptions({ colors: true }, '%s', { a: 1 }, [1]));
  try {
    util.formatWithOptions(null, 'x');
  } catch (err) {
    log.push(describeError(err));
  }
  log.push(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
  log.push(String(util.isArray([])));
  log.push(util.inspect.custom.toString());
  log.push(util.promisify.custom.toString());
});

async function asyncScenarios(mods, log) {
  const { util } = mods;
  // promisify
  function callbackStyle(a, b, cb) {
    setTimeout(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b, 'extra')), 1);
  }
  const promised = util.promisify(callbackStyle);
  log.push(`promisified ${await promised(1, 2)} name=${promised.name} length=${promised.length}`);
  try {
    await promised(-1, 0);
  } catch (err) {
    log.push(`rejected ${err.message}`);
  }
  function custom() {}
  custom[util.promisify.custom] = () => Promise.resolve('custom!');
  log.push(`custom ${await util.promisify(custom)()}`);
  try {
    util.promisify(5);
  } catch (err) {
    log.push(describeError(err));
  }
  // callbackify
  async function asyncFn(x) {
    if (x === 0) throw null; // eslint-disable-line no-throw-literal
    return x * 2;
  }
  const cbified = util.callbackify(asyncFn);
  log.push(`callbackified name=${cbified.name} length=${cbified.length}`);
  await new Promise((resolve) => cbified(21, (err, value) => {
    log.push(`cb ${err} ${value}`);
    resolve();
  }));
  await new Promise((resolve) => cbified(0, (err) => {
    log.push(`cb falsy ${describeError(err)} reason=${err.reason}`);
    resolve();
  }));
  // events.once / on
  const { events } = mods;
  const emitter = new events();
  setTimeout(() => emitter.emit('ready', 1, 2), 1);
  log.push(`once ${JSON.stringify(await events.once(emitter, 'ready'))}`);
  setTimeout(() => emitter.emit('error', new Error('failed')), 1);
  try {
    await events.once(emitter, 'ready');
  } catch (err) {
    log.push(`once rejected ${err.message}`);
  }
  const iterator = events.on(emitter, 'tick');
  setTimeout(() => {
    emitter.emit('tick', 'a');
    emitter.emit('tick', 'b');
  }, 1);
  let seen = 0;
  for await (const args of iterator) {
    log.push(`on ${args}`);
    if (++seen === 2) break;
  }
  log.push(`listeners after break ${emitter.listenerCount('tick')}`);
  // captureRejections
  const capturing = new events({ captureRejections: true });
  capturing.on('evt', async () => {
    throw new Error('async failure');
  });
  const errored = new Promise((resolve) => capturing.on('error', (err) => resolve(err.message)));
  capturing.emit('evt');
  log.push(`captured ${await errored}`);
  // timers/promises
  const tp = mods.timersPromises;
  log.push(`tp.setTimeout ${await tp.setTimeout(1, 'value')}`);
  log.push(`tp.setImmediate ${await tp.setImmediate('imm')}`);
  try {
    await tp.setTimeout(1, 'v', { ref: 'x' });
  } catch (err) {
    log.push(describeError(err));
  }
  try {
    await tp.setTimeout(1, 'v', 'bad');
  } catch (err) {
    log.push(describeError(err));
  }
  const controller = new AbortController();
  const aborted = tp.setTimeout(1000, 'v', { signal: controller.signal });
  controller.abort();
  try {
    await aborted;
  } catch (err) {
    log.push(`aborted ${err.name} ${err.code}`);
  }
  let count = 0;
  for await (const v of tp.setInterval(1, 'iv')) {
    log.push(`interval ${v}`);
    if (++count === 3) break;
  }
  log.push(`scheduler ${typeof tp.scheduler.wait} ${await tp.scheduler.wait(1)}`);
}

async function main() {
  let failures = 0;
  const all = [...scenarios, { label: 'async helpers', run: asyncScenarios }];
  for (const { label, run } of all) {
    const expected = [];
    const actual = [];
    try {
      await run(node, expected);
    } catch (err) {
      expected.push(`THROWS ${describeError(err)}`);
    }
    try {
      await run(ours, actual);
    } catch (err) {
      actual.push(`THROWS ${err.stack}`);
    }
    const a = expected.join('\n');
    const b = actual.join('\n');
    if (a !== b) {
      failures++;
      console.log(`--- MISMATCH: ${label}\n[node]\n${a}\n[ours]\n${b}\n`);
    }
  }
  console.log(`${all.length - failures} passed, ${failures} failed`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main();
