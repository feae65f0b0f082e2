var log = [];
Promise.all([1, Promise.resolve(2), { then(r) { r(3); } }]).then(function (v) { print('all', v.length, v[0], v[1], v[2]); });
Promise.all([Promise.reject('no'), 1]).catch(function (e) { print('all rejected', e); });
Promise.allSettled([Promise.reject('r'), 5]).then(function (v) { print('settled', v[0].status, v[0].reason, v[1].status, v[1].value); });
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(function (e) { print('any', e.name, e.message, e.errors.length, e instanceof AggregateError); });
Promise.any([Promise.reject(1), Promise.resolve(2)]).then(function (v) { print('any ok', v); });
Promise.race([new Promise(function () {}), Promise.resolve('fast')]).then(function (v) { print('race', v); });
Promise.all(5).catch(function (e) { print('not iterable', e.name); });
Promise.resolve(1).finally(function () { print('finally'); return 99; }).then(function (v) { print('finally passes', v); });
Promise.reject(2).finally(function () {}).catch(function (v) { print('finally rethrows', v); });
Promise.try(function (a, b) { return a + b; }, 1, 2).then(function (v) { print('try', v); });
Promise.try(function () { throw 'boom'; }).catch(function (e) { print('try caught', e); });
class Sub extends Promise {}
var sp = Sub.resolve(1);
print(sp instanceof Sub, sp.then(function () {}) instanceof Sub, Sub.all([]) instanceof Sub, sp.finally(function () {}) instanceof Sub);
var wr = Sub.withResolvers(); print(wr.promise instanceof Sub, typeof wr.resolve);
print(Promise.all.length, Promise.prototype.finally.length, Promise.try.length, Promise.all.name);
var executorArgs;
function Fake(executor) { executorArgs = executor.length; executor(function () {}, function () {}); }
Promise.resolve.call(Fake, 1);
print('executor length', executorArgs);
