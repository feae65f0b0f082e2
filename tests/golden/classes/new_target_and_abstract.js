class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError("abstract!");
    this.kind = new.target.name;
  }
}
class Concrete extends Abstract {}
try {
  new Abstract();
} catch (e) {
  console.log(e.message);
}
console.log(new Concrete().kind);
function F() {
  return new.target === undefined ? "called" : "constructed";
}
console.log(F(), new F() instanceof F);
try {
  Concrete();
} catch (e) {
  console.log(e.name, e.message);
}
const Mixin = Base => class extends Base { mixed() { return "mixed into " + super.constructor.name; } };
class Plain {}
console.log(new (Mixin(Plain))().mixed());
