setTimeout(() => {
  throw new RangeError("out of range in a timer");
}, 1);
