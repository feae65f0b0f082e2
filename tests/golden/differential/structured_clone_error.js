// Found by the differential test: structuredClone rejects functions and symbols with a DOMException
// named DataCloneError (legacy code 25), whose name and code are not own properties.
for (const value of [() => 1, function named() {}, Symbol('s'), { nested: [() => 2] }]) {
  try {
    structuredClone(value);
    console.log('cloned');
  } catch (e) {
    console.log(e.constructor.name, e.name, e.message, e.code);
    console.log(e instanceof Error, Object.keys(e), Object.prototype.toString.call(e), String(e));
  }
}
