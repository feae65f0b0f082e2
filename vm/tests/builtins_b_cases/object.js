var o = { a: 1, b: 2 };
Object.defineProperty(o, 'c', { value: 3 });
var d = Object.getOwnPropertyDescriptor(o, 'c');
print(d.value, d.writable, d.enumerable, d.configurable, Object.keys(o).length);
try { Object.defineProperty(o, 'c', { value: 4 }); } catch (e) { print(e.name, e.message); }
Object.defineProperty(o, 'c', { value: 3 });
print(Object.getOwnPropertyNames(o).length, Object.values(o)[1], Object.entries(o)[0][0]);
var acc = {};
Object.defineProperty(acc, 'x', { get() { return 7; }, configurable: true });
print(acc.x, typeof Object.getOwnPropertyDescriptor(acc, 'x').get, 'value' in Object.getOwnPropertyDescriptor(acc, 'x'));
Object.defineProperty(acc, 'x', { value: 1 });
print(acc.x, Object.getOwnPropertyDescriptor(acc, 'x').writable);
try { Object.defineProperty({}, 'y', { get() {}, value: 1 }); } catch (e) { print(e.name); }
try { Object.defineProperty(1, 'y', {}); } catch (e) { print(e.name, e.message); }
var arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { value: 1 });
print(arr.length, arr[1], 1 in arr);
Object.defineProperty(arr, 5, { value: 'five', enumerable: true, configurable: true, writable: true });
print(arr.length, arr[5]);
Object.defineProperty(arr, 0, { value: 'z', writable: false });
arr[0] = 'changed';
print(arr[0], Object.getOwnPropertyDescriptor(arr, 0).writable);
Object.defineProperty(arr, 'length', { writable: false });
try { Object.defineProperty(arr, 9, { value: 1 }); } catch (e) { print(e.name); }
try { Object.defineProperty(arr, 'length', { value: 0 }); } catch (e) { print(e.name); }
var frozen = Object.freeze([1, 2]);
print(Object.isFrozen(frozen), Object.isSealed(frozen), Object.isExtensible(frozen));
frozen[0] = 9; print(frozen[0]);
var sealed = Object.seal({ p: 1 });
sealed.p = 2; delete sealed.p;
print(sealed.p, Object.isSealed(sealed), Object.isFrozen(sealed));
print(Object.isFrozen(Object.preventExtensions({})), Object.isFrozen(1));
print(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'));
var t = Object.assign({ k: 0 }, null, { k: 1, m: 2 }, 'xy');
print(t.k, t.m, t[0], t[1]);
print(Object.fromEntries([['a', 1], ['b', 2]]).b);
var g = Object.groupBy([1, 2, 3, 4, 5], function (x) { return x % 2 ? 'odd' : 'even'; });
print(g.odd.length, g.even.length, Object.getPrototypeOf(g));
print(Object.hasOwn({ q: 1 }, 'q'), Object.hasOwn({}, 'toString'));
print(Object.prototype.propertyIsEnumerable.call([1], 0), Object.prototype.propertyIsEnumerable.call([1], 'length'));
print(Object.prototype.isPrototypeOf.call(Object.prototype, {}), Array.prototype.isPrototypeOf({}));
var legacy = {};
legacy.__defineGetter__('v', function () { return 'got'; });
print(legacy.v, typeof legacy.__lookupGetter__('v'), legacy.__lookupSetter__('v'));
print(({}).toLocaleString());
var descs = Object.getOwnPropertyDescriptors({ a: 1 });
print(descs.a.value, descs.a.writable);
var created = Object.create({}, { z: { value: 26, enumerable: true } });
print(created.z, Object.keys(created).length);
var withGetter = {};
Object.defineProperty(withGetter, 'e', { get: function () { return 'E'; }, enumerable: true });
print(Object.values(withGetter)[0], Object.entries(withGetter)[0][1]);
print(Object.keys('ab').length, Object.getOwnPropertyNames('ab').length);
