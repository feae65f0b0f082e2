const withVar = [];
for (var i = 0; i < 3; i++) withVar.push(() => i);
const withLet = [];
for (let j = 0; j < 3; j++) withLet.push(() => j);
console.log(withVar.map(f => f()), withLet.map(f => f()));
const fromIife = [];
for (var k = 0; k < 3; k++) fromIife.push((n => () => n)(k));
console.log(fromIife.map(f => f()));
const inForOf = [];
for (const x of ["a", "b"]) inForOf.push(() => x);
console.log(inForOf.map(f => f()));
const mutated = [];
for (let m = 0; m < 3; m++) {
  mutated.push(() => m);
  m++;
}
console.log(mutated.map(f => f()));
