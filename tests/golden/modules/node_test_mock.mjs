// node:test's mock.fn() / mock.method(): the call log and implementation controls.
import { mock } from 'node:test';

const double = mock.fn((x) => x * 2);
console.log(double(2), double(5));
console.log(double.mock.callCount());
console.log(double.mock.calls.map((call) => [call.arguments, call.result, call.error]));

const noop = mock.fn();
console.log(noop('a', 'b'), noop.mock.callCount(), noop.mock.calls[0].arguments);
const receiver = { name: 'receiver' };
noop.call(receiver, 1);
console.log(noop.mock.calls[1].this === receiver, noop.mock.calls[1].target);

const thrower = mock.fn(() => {
  throw new Error('boom');
});
try {
  thrower();
} catch (e) {
  console.log('caught', e.message, thrower.mock.calls[0].error === e, thrower.mock.callCount());
}

const counter = mock.fn(() => 'default');
counter.mock.mockImplementationOnce(() => 'first');
console.log(counter(), counter(), counter.mock.callCount());
counter.mock.mockImplementation(() => 'changed');
console.log(counter());
counter.mock.resetCalls();
console.log(counter.mock.callCount(), counter.mock.calls.length);

const object = {
  value: 3,
  get() {
    return this.value;
  },
};
const spy = mock.method(object, 'get');
console.log(object.get(), spy.mock.callCount(), object.get === spy);
spy.mock.restore();
console.log(object.get === spy, object.get());

class Point {
  constructor(x) {
    this.x = x;
  }
}
const MockPoint = mock.fn(Point);
const p = new MockPoint(7);
console.log(p.x, p instanceof Point, MockPoint.mock.calls[0].target === MockPoint);
const call = MockPoint.mock.calls[0];
console.log(MockPoint.name, MockPoint.length, MockPoint.prototype === Point.prototype, call.this === p, call.target === Point);
