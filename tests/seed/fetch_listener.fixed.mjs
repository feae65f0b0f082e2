// Corrected copy of the seed document's "Fetch Listener" example (see README.md). Changes, all minimal:
// - the arrow passed to run() is `async` (as printed, its `await` is a SyntaxError);
// - Workers' `scheduler.wait(ms)` is provided as a timer promise (first statement below);
// - `Response` gets a tiny stand-in only if the engine has none (Node has one);
// - the default export is named `handler`, and the request is stood in for by calling handler.fetch()
//   directly (driver at the end).
globalThis.scheduler = { wait: ms => new Promise(r => setTimeout(r, ms)) };
globalThis.Response ??= class Response {
  #body;
  constructor(body) { this.#body = String(body); }
  async text() { return this.#body; }
};
import { AsyncLocalStorage } from 'node:async_hooks';
const asyncLocalStorage = new AsyncLocalStorage();
let idSeq = 0;
const handler = {
  async fetch(req) {
    return asyncLocalStorage.run(idSeq++, async () => {
      // Simulate some async activity...
      await scheduler.wait(1000);
      return new Response(asyncLocalStorage.getStore());
    });
  }
};
export default handler;

const response = await handler.fetch({ url: "http://localhost/" });
console.log(await response.text());
