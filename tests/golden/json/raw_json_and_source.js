// JSON.rawJSON / JSON.isRawJSON and the reviver's source context (json-parse-with-source).
const big = JSON.rawJSON('12345678901234567890');
console.log(JSON.isRawJSON(big), JSON.isRawJSON({ rawJSON: '1' }), Object.isFrozen(big), Object.getPrototypeOf(big));
console.log(JSON.stringify({ big, list: [JSON.rawJSON('"s"'), JSON.rawJSON('true'), JSON.rawJSON('null')] }));
console.log(JSON.stringify([big], null, 2));
for (const bad of ['', ' 1', '1 ', '{}', '[1]', 'nope', '\t"x"']) {
  try {
    JSON.rawJSON(bad);
    console.log('accepted', JSON.stringify(bad));
  } catch (e) {
    console.log(e.name, JSON.stringify(bad));
  }
}

const seen = [];
const result = JSON.parse('{"a": 1.50, "b": [ -0, 1e3, "x\\u0041" ], "c": {"d": null}, "a": 2.0}', function (key, value, context) {
  seen.push([key, typeof value === 'object' && value !== null ? 'object' : value, context && context.source]);
  return key === 'b' ? undefined : value;
});
for (const row of seen) console.log(JSON.stringify(row));
console.log(JSON.stringify(result));

// A reviver that replaces a value: the replaced value has no source any more.
const sources = [];
JSON.parse('[1, 2, 3]', function (key, value, context) {
  if (key === '0') this[1] = 20;
  sources.push(`${key}:${context.source}`);
  return value;
});
console.log(sources.join(' '));
