var m = new Map([[1, 'a'], ['1', 'b']]);
m.set(NaN, 'nan').set(-0, 'zero');
print(m.size, m.get(1), m.get('1'), m.get(NaN), m.get(0), m.has(+0));
print(m.delete(1), m.delete(1), m.size);
var keys = [];
for (var k of m.keys()) keys[keys.length] = k;
print(keys.length, keys[0], keys[2]);
var it = m.entries();
m.set('late', 1);
var count = 0;
for (var e of it) count++;
print(count);
m.forEach(function (v, k, map) { if (k === 'late') print('forEach', v, map === m, this.t); }, { t: 'T' });
m.clear(); print(m.size, m.get('late'));
var s = new Set([1, 2, 2, 3]);
print(s.size, s.has(2), s.add(4) === s, s.size);
var vals = []; s.forEach(function (v, v2) { vals[vals.length] = v + v2; }); print(vals.length, vals[3]);
print(Set.prototype.keys === Set.prototype.values, Map.prototype[Symbol.iterator] === Map.prototype.entries);
print(s.union(new Set([9])).size, s.intersection(new Set([1, 4, 7])).size, s.difference(new Set([1])).size);
print(s.symmetricDifference(new Set([1, 10])).size, s.isSubsetOf(new Set([1, 2, 3, 4, 5])), s.isSupersetOf(new Set([1])), s.isDisjointFrom(new Set([8])));
var wm = new WeakMap(); var key = {};
wm.set(key, 'v');
print(wm.get(key), wm.has(key), wm.has({}), wm.delete(key), wm.has(key));
try { wm.set(1, 2); } catch (e) { print(e.name); }
var ws = new WeakSet([key]); print(ws.has(key), ws.delete(key), ws.has(key));
print(Object.prototype.toString.call(new Map().keys()), Object.prototype.toString.call(new Set().values()));
print(Object.prototype.toString.call(new WeakMap()), Object.prototype.toString.call(new WeakRef(key)));
print(new WeakRef(key).deref() === key);
var fr = new FinalizationRegistry(function () {});
print(fr.register(key, 'held', key), fr.unregister(key), fr.unregister(key));
var groups = Map.groupBy([1, 2, 3], function (x) { return x > 1; });
print(groups.get(true).length, groups.get(false).length);
try { Map(); } catch (e) { print(e.name); }
try { Map.prototype.get.call({}, 1); } catch (e) { print(e.name); }
class MyMap extends Map { constructor(x) { super(x); this.extra = 1; } }
var mm = new MyMap([[1, 2]]); print(mm.get(1), mm.extra, mm instanceof Map);
