'use strict';
// Evaluated by the host before the user's program. Installs the globals Node
// has (and that this stdlib implements): global, process, console, the timer
// functions returning Timeout/Immediate objects, Event/EventTarget/ErrorEvent, a global
// event target (addEventListener/removeEventListener/dispatchEvent on
// globalThis, used for 'unhandledrejection'), crypto (getRandomValues,
// randomUUID) and performance.now().
// Loading node:process registers the host hooks (INTERNAL.md).

// node:timers must be loaded before the timer globals are replaced: it keeps
// the host's native functions.
const timers = require('node:timers');
const process = require('node:process');
const console = require('console');
const { Event, EventTarget, ErrorEvent, initEventTarget } = require('internal/event_target');

function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, enumerable: false, configurable: true });
}

defineGlobal('global', globalThis);
defineGlobal('process', process);
defineGlobal('console', console);
defineGlobal('structuredClone', require('internal/structured_clone').structuredClone);

for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineGlobal(name, timers[name]);
}

// Web Crypto's global `crypto` (an accessor in Node) and its class.
const webCrypto = require('internal/crypto');
defineGlobal('Crypto', webCrypto.Crypto);
const cryptoGetter = Object.getOwnPropertyDescriptor({ get crypto() { return webCrypto.crypto; } }, 'crypto').get;
Object.defineProperty(globalThis, 'crypto', { get: cryptoGetter, enumerable: true, configurable: true });

defineGlobal('Event', Event);
defineGlobal('EventTarget', EventTarget);
defineGlobal('ErrorEvent', ErrorEvent);

// The global object itself is an event target.
initEventTarget(globalThis);
// Global functions calling the EventTarget methods with the global object as receiver.
function defineGlobalMethod(name) {
  const method = EventTarget.prototype[name];
  const wrapper = { [name](...args) { return Reflect.apply(method, globalThis, args); } }[name];
  defineGlobal(name, wrapper);
}
defineGlobalMethod('addEventListener');
defineGlobalMethod('removeEventListener');
defineGlobalMethod('dispatchEvent');

if (typeof globalThis.performance !== 'object') {
  const origin = internal.hrtime();
  const timeOrigin = Date.now();
  defineGlobal('performance', {
    now: () => (internal.hrtime() - origin) / 1e6,
    timeOrigin,
    toJSON: () => ({ timeOrigin }),
  });
}
