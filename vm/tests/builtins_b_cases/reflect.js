var o = { a: 1 };
print(Reflect.has(o, 'a'), Reflect.has(o, 'toString'), Reflect.ownKeys(o).length);
print(Reflect.get(o, 'a'), Reflect.set(o, 'b', 2), o.b);
var getterObj = { get g() { return this.tag; } };
print(Reflect.get(getterObj, 'g', { tag: 'receiver' }));
var target = {};
var receiver = {};
print(Reflect.set(target, 'p', 5, receiver), target.p, receiver.p);
Object.defineProperty(target, 'ro', { value: 1 });
print(Reflect.set(target, 'ro', 2), target.ro);
print(Reflect.defineProperty(target, 'ro', { value: 3 }), Reflect.defineProperty(target, 'n', { value: 3 }));
print(Reflect.deleteProperty(target, 'ro'), Reflect.deleteProperty(target, 'p'));
print(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.setPrototypeOf(o, null), Object.getPrototypeOf(o));
print(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
print(Reflect.setPrototypeOf(o, {}), Reflect.setPrototypeOf(o, null));
function F(a, b) { this.sum = a + b; }
print(Reflect.apply(function (x) { return this.k + x; }, { k: 1 }, [2]));
print(Reflect.construct(F, [1, 2]).sum);
class Base { constructor() { this.nt = new.target.name; } }
class Other {}
print(Reflect.construct(Base, [], Other).nt, Reflect.construct(Base, [], Other) instanceof Other);
try { Reflect.get(1, 'a'); } catch (e) { print(e.name, e.message); }
try { Reflect.construct(function () {}, [], Math.max); } catch (e) { print(e.name); }
print(Object.prototype.toString.call(Reflect), Reflect.getOwnPropertyDescriptor({ x: 1 }, 'x').value);
print(typeof Proxy, typeof Proxy.revocable);
try { Proxy({}, {}); } catch (e) { print(e.name); }
