export { describe as describeShape, sides } from "./shapes.mjs";
export * as all from "./shapes.mjs";
