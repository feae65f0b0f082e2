class Button {
  label = "OK";
  clicks = 0;
  onClick = () => {
    this.clicks++;
    return `${this.label} clicked ${this.clicks}`;
  };
  method() {
    return this?.label;
  }
}
const b = new Button();
const { onClick, method } = b;
console.log(onClick(), onClick(), method.call(undefined), b);
class Base {
  field = this.constructor.name;
}
class Derived extends Base {
  extra = this.field + "!";
}
console.log(new Derived());
class WithComputed {
  ["computed" + 1] = 1;
  static ["s" + "tatic"] = "yes";
}
console.log(new WithComputed(), WithComputed.static);
