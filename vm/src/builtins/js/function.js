// The Function constructor family and global eval (indirect: runs in the global scope).
(function ($) {
  'use strict';
  const toString = (v) => {
    if (typeof v === 'string') return v;
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') v = $.toPrimitiveString(v);
    return `${v}`;
  };
  function make(isAsync, isGenerator, args) {
    const n = args.length;
    let params = '';
    for (let i = 0; i < n - 1; i++) params += (i ? ',' : '') + toString(args[i]);
    const body = n ? toString(args[n - 1]) : '';
    return $.compileFunction(params, body, isAsync, isGenerator);
  }
  const FunctionProto = Object.getPrototypeOf(function () {});
  function Function(...args) { return make(false, false, args); }
  $.define(Function, 'prototype', FunctionProto, 0);
  $.define(FunctionProto, 'constructor', Function, 5);
  $.define(globalThis, 'Function', Function, 5);
  const kinds = [
    [Object.getPrototypeOf(async function () {}), 'AsyncFunction', true, false],
    [Object.getPrototypeOf(function* () {}), 'GeneratorFunction', false, true],
    [Object.getPrototypeOf(async function* () {}), 'AsyncGeneratorFunction', true, true],
  ];
  for (let i = 0; i < kinds.length; i++) {
    const [proto, name, isAsync, isGenerator] = kinds[i];
    const ctor = function (...args) { return make(isAsync, isGenerator, args); };
    $.setFunctionName(ctor, name);
    $.define(ctor, 'prototype', proto, 0);
    $.define(proto, 'constructor', ctor, 4);
    Object.setPrototypeOf(ctor, Function);
  }
  function evalGlobal(x) { return $.evalScript(x); }
  $.setFunctionName(evalGlobal, 'eval');
  $.define(globalThis, 'eval', evalGlobal, 5);
});
