class Shape {
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  describe() {
    return `${this.name} with area ${this.area().toFixed(2)}`;
  }
}
class Circle extends Shape {
  constructor(r) {
    super("circle");
    this.r = r;
  }
  area() {
    return Math.PI * this.r ** 2;
  }
}
class Square extends Shape {
  constructor(side) {
    super("square");
    this.side = side;
  }
  area() {
    return this.side ** 2;
  }
  describe() {
    return "[" + super.describe() + "]";
  }
}
const shapes = [new Circle(1), new Square(2), new Shape("blob")];
for (const s of shapes) console.log(s.describe());
console.log(shapes[0] instanceof Shape, shapes[0] instanceof Circle, shapes[1] instanceof Circle);
console.log(Object.getPrototypeOf(Circle) === Shape, Circle.name, typeof Circle);
console.log(shapes);
