for (const v of [0, 1, "", "a", null, undefined, NaN, [], {}]) {
  if (v) {
    console.log(JSON.stringify(v), "truthy");
  } else {
    console.log(String(v), "falsy");
  }
}
const grade = s => (s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F");
console.log([95, 85, 75, 10].map(grade).join(""));
