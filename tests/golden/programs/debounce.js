function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
const calls = [];
const save = debounce(v => calls.push(v), 20);
save("a");
save("b");
setTimeout(() => save("c"), 5);
setTimeout(() => save("d"), 200);
setTimeout(() => console.log("saved:", calls), 400);
