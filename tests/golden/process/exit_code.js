console.log("setting exitCode");
process.exitCode = 3;
setTimeout(() => console.log("timers still run"), 5);
