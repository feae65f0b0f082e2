console.log(Array.isArray(process.argv), process.argv.length >= 2, typeof process.env, typeof process.env.PATH);
console.log(process.argv[1].endsWith("argv_env.js"), typeof process.cwd(), typeof process.platform);
console.log(typeof __filename, __filename.endsWith("argv_env.js"), typeof __dirname, __dirname.length > 0);
console.log(typeof globalThis, globalThis === global, typeof require, typeof module, module.exports === exports);
