// Found by the differential test: when two shortest digit strings are equally close to a double
// (its exact value ends in 5 just past them), Number::toString takes the even one, as V8 does.
const values = [804.91998291015625, Math.fround(804.92), -Math.fround(804.92), Math.fround(0.1), Math.fround(1 / 3), 2 ** -30 * 3, 1e23, 5e-324, 0.1 + 0.2, 2 ** 53 + 2];
for (const x of values) {
  console.log(x, String(x), `${x}`, JSON.stringify([x]), [x], x.toString(10), Number(String(x)) === x);
}
