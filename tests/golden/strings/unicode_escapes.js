console.log("\u0041\u{1F600}\x41\t|\\|\'|\"");
console.log("line1\nline2");
console.log(["tab\there", "quote'in", 'dq"in', "back\\slash", "nl\nin"]);
console.log(JSON.stringify("\u2028\n\t\"é"));
console.log("abc".split("").reverse().join(""), [..."héllo"].map(c => c.charCodeAt(0)));
