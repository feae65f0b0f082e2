console.log("start");
setTimeout(() => {
  console.log("timer 1");
  throw new TypeError("thrown inside timer");
}, 5);
setTimeout(() => console.log("timer 2 never runs"), 20);
