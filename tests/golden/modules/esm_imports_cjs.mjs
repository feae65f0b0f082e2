import math from "./_lib/math.js";
import { createRequire } from "node:module";
console.log(math.add(1, 1), math.PI);
const require = createRequire(import.meta.url);
console.log(require("./_lib/counter.js").name);
