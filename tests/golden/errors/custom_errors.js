class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, `${field} is required`);
    this.name = "RequiredError";
  }
}
function validate(user) {
  if (!user.name) throw new RequiredError("name");
  if (user.age < 0) throw new ValidationError("age", "age must be positive");
  return "valid";
}
for (const user of [{ name: "a", age: 1 }, { age: 1 }, { name: "b", age: -1 }]) {
  try {
    console.log(validate(user));
  } catch (e) {
    console.log(e.name, e.field, e.message, e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
    console.log(String(e), Object.prototype.toString.call(e));
  }
}
const withCause = new Error("outer", { cause: new Error("inner") });
console.log(withCause.cause.message, "cause" in new Error("x"));
const agg = new AggregateError([new Error("a"), new TypeError("b")], "many");
console.log(agg.name, agg.message, agg.errors.map(e => e.name));
