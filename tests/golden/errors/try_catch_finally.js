function attempt(kind) {
  const log = [];
  try {
    log.push("try");
    if (kind === "throw") throw new Error("failed");
    if (kind === "return") return log.concat("returned");
  } catch (e) {
    log.push("catch:" + e.message);
  } finally {
    log.push("finally");
  }
  return log;
}
console.log(attempt("ok"), attempt("throw"), attempt("return"));
function finallyWins() {
  try {
    return "try";
  } finally {
    console.log("finally runs before return");
  }
}
console.log(finallyWins());
function override() {
  try {
    throw new Error("lost");
  } finally {
    return "finally overrides";
  }
}
console.log(override());
try {
  try {
    throw new TypeError("inner");
  } finally {
    console.log("inner finally");
  }
} catch (e) {
  console.log("outer caught", e.name, e.message);
}
try {
  null.prop;
} catch {
  console.log("optional catch binding");
}
let nested = "";
for (const n of [1, 2, 3]) {
  try {
    if (n === 2) continue;
    nested += n;
  } finally {
    nested += "f";
  }
}
console.log(nested);
