// ErrorEvent (a Node 26 global): init fields, defaults, and dispatch on an EventTarget.
const event = new ErrorEvent('error', { error: 42, message: 'm', filename: 'f.js', lineno: 3, colno: 9, cancelable: true });
console.log(event.type, event.error, event.message, event.filename, event.lineno, event.colno, event.cancelable);
console.log(event instanceof Event, Object.prototype.toString.call(event));
const empty = new ErrorEvent('x');
console.log(empty.error, JSON.stringify(empty.message), JSON.stringify(empty.filename), empty.lineno, empty.colno);
try {
  new ErrorEvent();
} catch (e) {
  console.log(e.name, e.message);
}
const target = new EventTarget();
target.addEventListener('error', (e) => console.log('listener got', e.error, e.message), { once: true });
console.log(target.dispatchEvent(event));
console.log(target.dispatchEvent(new ErrorEvent('error', { error: 'again' })));
