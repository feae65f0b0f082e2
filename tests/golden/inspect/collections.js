console.log(new Map(), new Set());
console.log(new Map([["a", 1], [{ k: 1 }, [2]]]));
console.log(new Set([1, "two", [3], { four: 4 }]));
console.log({ m: new Map([[1, new Set([2])]]) });
console.log(new WeakMap(), new WeakSet());
console.log([new Map([["x", 1]]).entries()], new Set([1, 2]).values());
console.log(new Map([["k", "v"]]).keys());
