Promise.resolve(1)
  .then(v => {
    console.log("first", v);
    return v + 1;
  })
  .then(v => {
    console.log("second", v);
    return Promise.resolve(v * 10);
  })
  .then(v => {
    console.log("third", v);
    throw new Error("broken");
  })
  .then(() => console.log("skipped"))
  .catch(e => {
    console.log("caught", e.message);
    return "recovered";
  })
  .finally(() => console.log("finally"))
  .then(v => console.log("after finally", v));
console.log("sync end");
