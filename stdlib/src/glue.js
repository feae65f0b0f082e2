// The host's JavaScript glue (not a stdlib module: the user never sees it). It evaluates ES
// module graphs in the order the Rust loader computed (dependencies first), awaiting modules
// with top-level await before their dependents, each module body in the empty AsyncContext
// mapping; and it implements dynamic import().
//
// A record (built by the loader, null prototype) has: fn (the module body, or a native that
// requires a CommonJS/built-in module), after (a native refreshing the namespace / filling the
// importers' bindings), isAsync, state (0 new, 1 evaluating, 2 evaluated, 3 failed), promise
// and error.
(function (natives) {
  'use strict';
  const runEmpty = natives.runEmpty;
  const load = natives.load;
  const onRejected = natives.onRejected;
  const reportUncaught = natives.reportUncaught;

  const EVALUATING = 1;
  const EVALUATED = 2;
  const FAILED = 3;

  function requireAsyncError() {
    const error = new Error(
      'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the' +
      ' top-level await comes from, use --experimental-print-required-tla.');
    error.code = 'ERR_REQUIRE_ASYNC_MODULE';
    return error;
  }

  function evaluateSync(records) {
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (record.state === EVALUATED || record.state === EVALUATING) continue;
      if (record.state === FAILED) throw record.error;
      if (record.isAsync) throw requireAsyncError();
      record.state = EVALUATING;
      try {
        runEmpty(record.fn);
        runEmpty(record.after);
      } catch (error) {
        record.state = FAILED;
        record.error = error;
        throw error;
      }
      record.state = EVALUATED;
    }
  }

  async function evaluateAsync(records) {
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (record.state === EVALUATED) continue;
      if (record.state === FAILED) throw record.error;
      if (record.state === EVALUATING) {
        // A cycle, or a graph another import() is still evaluating.
        if (record.promise !== undefined) await record.promise;
        continue;
      }
      record.state = EVALUATING;
      try {
        if (record.isAsync) {
          record.promise = runEmpty(record.fn);
          await record.promise;
        } else {
          runEmpty(record.fn);
        }
        runEmpty(record.after);
      } catch (error) {
        record.state = FAILED;
        record.error = error;
        throw error;
      }
      record.state = EVALUATED;
    }
  }

  function runMain(records) {
    const promise = evaluateAsync(records);
    onRejected(promise, reportUncaught);
    return promise;
  }

  async function importModule(specifier, referrer) {
    const job = load(`${specifier}`, referrer);
    await evaluateAsync(job[0]);
    return job[1];
  }

  return { runMain, importModule, evaluateSync };
});
