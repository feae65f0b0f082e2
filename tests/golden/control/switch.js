function classify(v) {
  switch (typeof v) {
    case "number":
      if (Number.isNaN(v)) return "nan";
    // falls through
    case "bigint":
      return "numeric";
    case "string":
    case "symbol":
      return "text-ish";
    default:
      return "other";
  }
}
console.log([1, NaN, 1n, "s", Symbol(), null].map(classify));
function day(n) {
  let out = "";
  switch (n) {
    default:
      out += "?";
    case 1:
      out += "mon";
      break;
    case 2: {
      const local = "tue";
      out += local;
      break;
    }
  }
  return out;
}
console.log(day(1), day(2), day(9));
switch ("1") {
  case 1:
    console.log("loose match");
    break;
  case "1":
    console.log("strict match");
}
