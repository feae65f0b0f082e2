'use strict';
// The callbacks the host calls into (registered once with
// internal.setHostHooks, see INTERNAL.md):
//
//   uncaughtException(error, sourceContext)   an exception escaped a callback
//   unhandledRejection(reason, promise, sourceContext)
//   rejectionHandled(promise)                 a reported promise got a handler
//   beforeExit()                              the event loop ran dry
//   exit() -> exit code                       the process ends normally
//
// They reproduce Node's default (--unhandled-rejections=throw) behaviour:
// 'uncaughtExceptionMonitor', the capture callback, 'uncaughtException' and
// 'unhandledRejection' listeners; the global 'unhandledrejection' event;
// otherwise emit 'exit' with code 1, print Node's report and exit.

const { inspect } = require('internal/util/inspect');
const { isError } = require('internal/util/inspect');

const TRACE_UNCAUGHT_HINT = '(Use `node --trace-uncaught ...` to show where the exception was thrown)';

// Node's text for a fatal exception. `sourceContext` is the host's
// "file:line\n<source line>\n<caret>\n" block, when it has one.
function formatFatalReport(process, error, sourceContext) {
  const footer = `\n\nNode.js ${process.version}\n`;
  if (isError(error)) {
    return `${sourceContext ? `${sourceContext}\n` : ''}${safeInspect(error)}${footer}`;
  }
  let text = sourceContext ? `\n${sourceContext}` : '';
  if ((typeof error === 'object' && error !== null) || typeof error === 'function') {
    text += safeInspect(error);
  } else {
    text += `${safeString(error)}\n${TRACE_UNCAUGHT_HINT}`;
  }
  return text + footer;
}

function safeInspect(value) {
  try {
    return inspect(value);
  } catch {
    return safeString(value);
  }
}

function safeString(value) {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

// How V8 prints a rejection reason without running user code.
function describeReason(reason) {
  if ((typeof reason === 'object' && reason !== null) || typeof reason === 'function') {
    if (typeof reason === 'function') return safeString(reason);
    const name = Object.getPrototypeOf(reason)?.constructor?.name;
    return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
  }
  return safeString(reason);
}

function unhandledRejectionError(reason) {
  const error = new Error(
    'This error originated either by throwing inside of an async function without a catch block, ' +
    `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${describeReason(reason)}".`);
  Object.defineProperty(error, 'name', { value: 'UnhandledPromiseRejection', writable: true, configurable: true });
  error.code = 'ERR_UNHANDLED_REJECTION';
  // The stack header was computed with the old name.
  if (typeof error.stack === 'string' && error.stack.startsWith('Error:')) {
    Object.defineProperty(error, 'stack', {
      value: `UnhandledPromiseRejection${error.stack.slice('Error'.length)}`,
      writable: true,
      configurable: true,
    });
  }
  return error;
}

// Dispatches the web-style global event; true when a listener called
// preventDefault().
function dispatchGlobalRejectionEvent(type, reason, promise) {
  if (typeof globalThis.dispatchEvent !== 'function') return false;
  const { PromiseRejectionEvent } = require('internal/event_target');
  const event = new PromiseRejectionEvent(type, { cancelable: true, promise, reason });
  return globalThis.dispatchEvent(event) === false;
}

function install(process, privateApi) {
  function fatal(error, sourceContext) {
    try {
      privateApi.emitExit(1);
    } catch {
      // An 'exit' listener failed; the original error is still reported.
    }
    internal.write(2, formatFatalReport(process, error, sourceContext));
    internal.exit(1);
  }

  function onUncaught(error, origin, sourceContext) {
    process.emit('uncaughtExceptionMonitor', error, origin);
    const capture = privateApi.captureCallback();
    if (capture !== null) {
      capture(error);
      return;
    }
    if (process.emit('uncaughtException', error, origin)) return;
    fatal(error, sourceContext);
  }

  internal.setHostHooks({
    uncaughtException(error, sourceContext) {
      onUncaught(error, 'uncaughtException', sourceContext);
    },

    unhandledRejection(reason, promise, sourceContext) {
      const hadListener = process.emit('unhandledRejection', reason, promise);
      const prevented = dispatchGlobalRejectionEvent('unhandledrejection', reason, promise);
      if (hadListener || prevented) return;
      if (isError(reason)) onUncaught(reason, 'unhandledRejection', sourceContext);
      else onUncaught(unhandledRejectionError(reason), 'unhandledRejection', undefined);
    },

    rejectionHandled(promise) {
      process.emit('rejectionHandled', promise);
      const state = internal.promiseState(promise);
      dispatchGlobalRejectionEvent('rejectionhandled', state === undefined ? undefined : state[1], promise);
    },

    beforeExit() {
      process.emit('beforeExit', process.exitCode ?? 0);
    },

    exit() {
      return privateApi.emitExit();
    },
  });
}

module.exports = { install, formatFatalReport };
