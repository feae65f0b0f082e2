const animal = { speak() { return `${this.name} makes a sound`; } };
const dog = Object.create(animal);
dog.name = "Rex";
console.log(dog.speak(), Object.getPrototypeOf(dog) === animal, animal.isPrototypeOf(dog));
function Person(name) { this.name = name; }
Person.prototype.greet = function () { return "Hi " + this.name; };
const p = new Person("Ann");
console.log(p.greet(), p instanceof Person, p.constructor === Person, p);
const bare = Object.create(null);
bare.x = 1;
console.log(Object.keys(bare), "toString" in bare);
console.log(Object.getPrototypeOf([]) === Array.prototype, typeof Object.prototype.toString.call([]));
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call([]), Object.prototype.toString.call(new Date(0)));
