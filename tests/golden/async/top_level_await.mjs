console.log("before await");
const value = await new Promise(r => setTimeout(() => r("resolved after timer"), 10));
console.log(value);
const results = await Promise.all([1, 2, 3].map(async n => n * n));
console.log(results);
for await (const x of [Promise.resolve("a"), "b"]) console.log(x);
export {};
