// Entry point: `minijs run tests/proposal/run.mjs`. Module evaluation order does the set-up: the mocha
// shim installs the globals, then the test module registers its cases, then this body runs them.
import { runRegisteredTests } from "./harness/mocha.mjs";
import "./async-context.test.mjs";

runRegisteredTests();
