'use strict';
// process.emitWarning and the default 'warning' listener, which prints
//   (node:PID) [CODE] Name: message
// to stderr, followed once by Node's "--trace-warnings" hint.

const { codes } = require('internal/errors');

let hintPrinted = false;

function processModule() {
  return require('node:process');
}

function createWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const error = new Error(warning);
    error.name = String(type || 'Warning');
    if (code !== undefined) error.code = code;
    if (detail !== undefined) error.detail = detail;
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(error, ctor || processModule().emitWarning);
    return error;
  }
  if (!(warning instanceof Error)) throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  const process = processModule();
  const error = createWarning(warning, type, code, ctor);
  if (error.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw error;
  }
  process.nextTick(() => process.emit('warning', error));
}

function printWarning(warning) {
  const process = processModule();
  const prefix = `(node:${process.pid}) `;
  let text = `${prefix}${warning.code ? `[${warning.code}] ` : ''}${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!hintPrinted) {
    hintPrinted = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  internal.write(2, `${text}\n`);
}

function installDefaultHandler(process) {
  process.on('warning', printWarning);
}

module.exports = { emitWarning, installDefaultHandler };
