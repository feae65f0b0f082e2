let resolveOuter;
const outer = new Promise(r => (resolveOuter = r));
outer.then(v => console.log("outer resolved with", v));
resolveOuter("first");
resolveOuter("second");
const p = new Promise((resolve, reject) => {
  resolve("value");
  reject(new Error("ignored"));
});
p.then(v => console.log("settled once:", v));
const chained = Promise.resolve(Promise.resolve("unwrapped"));
chained.then(v => console.log(v));
console.log(Promise.resolve(p) === p, typeof Promise.prototype.then);
const thenable = {
  then(onFulfilled) {
    console.log("thenable.then called");
    onFulfilled("thenable value");
  },
};
Promise.resolve(thenable).then(v => console.log(v));
console.log("sync done");
