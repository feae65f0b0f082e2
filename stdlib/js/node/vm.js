'use strict';
// node:vm — running code in another realm ("context").
//
// A context is a realm made by the host (internal.createRealm: the ES
// built-ins and AsyncContext, no Node globals), tied to the user's
// "contextified" object. Node makes the realm's global object a view of that
// object; the engine's global object is an ordinary object, so here the two
// are kept in step around each synchronous run instead: the object's own
// properties are copied onto the global before the code runs, and the
// global's own properties (other than the realm's built-ins) are copied back
// afterwards. Writes made later, by callbacks of the code, reach the object
// on the next run. Top-level let/const/class stay in the realm's script
// scope, as in Node.
//
// Code runs as a classic sloppy script; `filename`, `timeout`,
// `breakOnSigint`, `cachedData` and the other options are accepted and
// ignored.

const { codes, validateObject, validateString } = require('internal/errors');

// contextified object -> { realm, builtinKeys }
const contexts = new WeakMap();

// V8 gives every context a `console` whose methods report to the inspector
// only: in Node, console.log inside a context prints nothing.
const CONSOLE_METHODS = ['assert', 'clear', 'context', 'count', 'countReset', 'debug', 'dir', 'dirxml', 'error', 'group',
  'groupCollapsed', 'groupEnd', 'info', 'log', 'profile', 'profileEnd', 'table', 'time', 'timeEnd', 'timeLog', 'timeStamp',
  'trace', 'warn'];

function installSilentConsole(global) {
  const console = {};
  for (const name of CONSOLE_METHODS) console[name] = function () {};
  Object.defineProperty(global, 'console', { value: console, writable: true, enumerable: false, configurable: true });
}

function makeContext(contextObject) {
  const realm = internal.createRealm();
  installSilentConsole(realm.global);
  const builtinKeys = new Set(Reflect.ownKeys(realm.global));
  const entry = { realm, builtinKeys };
  contexts.set(contextObject, entry);
  return entry;
}

function contextOf(contextifiedObject, argName) {
  const entry = typeof contextifiedObject === 'object' && contextifiedObject !== null ? contexts.get(contextifiedObject) : undefined;
  if (entry === undefined) throw new codes.ERR_INVALID_ARG_TYPE(argName, 'vm.Context', contextifiedObject);
  return entry;
}

function copyOwnProperties(from, to, skip) {
  for (const key of Reflect.ownKeys(from)) {
    if (skip !== undefined && skip.has(key)) continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(from, key);
    if (descriptor === undefined) continue;
    // A non-configurable property already on the target keeps its value.
    try {
      Reflect.defineProperty(to, key, descriptor);
    } catch {
      // Proxies or frozen targets may refuse; Node would also not write through.
    }
  }
}

// Runs `source` as a script of the context's realm, with the object's
// properties visible as globals.
function evaluateIn(entry, contextObject, source) {
  const { realm, builtinKeys } = entry;
  copyOwnProperties(contextObject, realm.global);
  try {
    return realm.evalScript(source);
  } finally {
    copyOwnProperties(realm.global, contextObject, builtinKeys);
  }
}

function createContext(contextObject = {}, options) {
  if (options !== undefined) validateObject(options, 'options');
  if (typeof contextObject !== 'object' || contextObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('object', 'object', contextObject);
  }
  if (!contexts.has(contextObject)) makeContext(contextObject);
  return contextObject;
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true, allowFunction: true });
  return contexts.has(object);
}

function toSource(code) {
  if (typeof code !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  return code;
}

class Script {
  #source;

  constructor(code, options) {
    this.#source = toSource(code);
    if (options !== undefined && typeof options !== 'string') validateObject(options, 'options');
  }

  runInThisContext(_options) {
    return (0, eval)(this.#source);
  }

  runInContext(contextifiedObject, _options) {
    const entry = contextOf(contextifiedObject, 'contextifiedObject');
    return evaluateIn(entry, contextifiedObject, this.#source);
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject), options);
  }

  createCachedData() {
    return new Uint8Array(0);
  }
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject, options);
}

function validateStringArray(value, name) {
  if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  value.forEach((item, i) => validateString(item, `${name}[${i}]`));
}

// Compiles `code` as the body of a function taking `params`, in the current
// realm or in `options.parsingContext`'s; `options.contextExtensions` are
// objects whose properties the body sees as variables.
function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateStringArray(params, 'params');
  validateObject(options, 'options');
  const { parsingContext, contextExtensions = [] } = options;
  const FunctionInRealm = parsingContext === undefined ? Function : contextOf(parsingContext, 'options.parsingContext').realm.global.Function;
  if (!Array.isArray(contextExtensions)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.contextExtensions', 'Array', contextExtensions);
  }
  if (contextExtensions.length === 0) return new FunctionInRealm(...params, code);
  // Each extension's properties become parameters of an enclosing function.
  const scope = Object.assign({}, ...contextExtensions);
  const names = Object.keys(scope);
  const makeFunction = new FunctionInRealm(...names, `return function (${params.join(', ')}) {\n${code}\n};`);
  return Reflect.apply(makeFunction, undefined, names.map((name) => scope[name]));
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = {
  Script,
  compileFunction,
  constants,
  createContext,
  createScript: (code, options) => new Script(code, options),
  isContext,
  runInContext,
  runInNewContext,
  runInThisContext,
};
