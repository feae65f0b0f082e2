// A .js file with module syntax runs as an ES module.
import { sides } from "./_lib/shapes.mjs";
console.log(sides.triangle, typeof module, typeof require, this);
