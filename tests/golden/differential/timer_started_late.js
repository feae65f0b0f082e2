// Found by the differential test: a timer's delay counts from when setTimeout is called (Node reads
// the clock then), not from when the main script started. After 150 ms of busy main script, a
// 100 ms timer set at its end still fires after the immediate set with it.
const end = Date.now() + 150;
while (Date.now() < end) {
  // busy: the loop's cached time is now 150 ms old
}
setTimeout(() => console.log('timeout'), 100);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
