for (const value of ["a string", 42, null, undefined, { code: 7 }, [1, 2]]) {
  try {
    throw value;
  } catch (caught) {
    console.log(typeof caught, caught === value, caught);
  }
}
function rethrow() {
  try {
    throw new Error("first");
  } catch (e) {
    e.message += " (rethrown)";
    throw e;
  }
}
try {
  rethrow();
} catch (e) {
  console.log(e.message);
}
