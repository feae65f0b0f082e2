// The seed document's "Unhandled Rejections" example, adapted for Node (see README.md):
// - Workers' `addEventListener("unhandledrejection", (event) => ...)` is Node's
//   `process.on("unhandledRejection", (reason, promise) => ...)`;
// - the default export is named `handler`, and the request is stood in for by calling handler.fetch()
//   directly (driver at the end).
// As the seed notes say, this prints `undefined unhandled rejection!`: the throw leaves run() before
// fetch()'s promise is rejected, so the rejection happens in the outer (empty) context.
import { AsyncLocalStorage } from "node:async_hooks";
const asyncLocalStorage = new AsyncLocalStorage();
let idSeq = 0;
process.on("unhandledRejection", (reason, promise) => {
  console.log(asyncLocalStorage.getStore(), "unhandled rejection!");
});
const handler = {
  async fetch(req) {
    return asyncLocalStorage.run(idSeq++, () => {
      // Cause an unhandled rejection!
      throw new Error("boom");
    });
  },
};
export default handler;

handler.fetch({ url: "http://localhost/" });
