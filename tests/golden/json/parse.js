const text = '{"name":"minijs","list":[1,2.5,-3e2,true,false,null],"nested":{"x":"\\u0041\\n"}}';
const parsed = JSON.parse(text);
console.log(parsed, parsed.nested.x);
console.log(JSON.parse("1"), JSON.parse('"s"'), JSON.parse("[]"), JSON.parse(" null "));
console.log(JSON.parse('{"a":1,"b":{"c":2}}', (k, v) => (typeof v === "number" ? v + 100 : v)));
for (const bad of ["{a:1}", "[1,]", "'x'", "", "{\"a\":1}x"]) {
  try {
    JSON.parse(bad);
    console.log("parsed?!", bad);
  } catch (e) {
    console.log(e.name, JSON.stringify(bad));
  }
}
console.log(JSON.parse(JSON.stringify({ round: [1, "trip"] })));
