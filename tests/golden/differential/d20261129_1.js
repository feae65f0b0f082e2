// Found by the differential test (tests/tests/differential.rs), shrunk by proptest.
function log(...args) { console.log(...args); }
class AppError extends Error { constructor(message, code) { super(message); this.name = 'AppError'; this.code = code; } }
class DbError extends AppError { constructor(message) { super(message, 'DB'); this.name = 'DbError'; } }
function describe(e) {
  if (e instanceof Error) return `${e.constructor.name} ${e.name}: ${e.message}`;
  if (typeof e === 'object' && e !== null) return 'object ' + JSON.stringify(e);
  return typeof e + ' ' + String(e);
}
{
  let v = [({ [Symbol.for('tag')]: 0 })];
  console.log('L1', v);
}
