outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log(i, j);
  }
}
let found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const v of row) {
    if (v === 4) {
      found = v;
      break search;
    }
  }
}
console.log("found", found);
block: {
  console.log("in block");
  if (found) break block;
  console.log("skipped");
}
let n = 0;
loop: while (true) {
  do {
    n++;
    if (n > 5) break loop;
  } while (n % 2);
}
console.log("n", n);
