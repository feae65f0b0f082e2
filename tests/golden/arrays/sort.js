const nums = [10, 9, 1, 100, 25];
console.log([...nums].sort(), [...nums].sort((a, b) => a - b), [...nums].sort((a, b) => b - a));
const people = [
  { name: "Ann", age: 30 },
  { name: "Bob", age: 25 },
  { name: "Cid", age: 30 },
  { name: "Dee", age: 25 },
];
people.sort((x, y) => x.age - y.age);
console.log(people.map(p => p.name).join(","));
console.log(["b", "a", "C", "c", "B"].sort(), ["b", "a", "C"].sort((x, y) => x.localeCompare(y, "en")));
console.log([3, undefined, 1, , 2].sort(), [true, false].sort());
const words = ["banana", "kiwi", "apple", "fig"];
console.log(words.sort((a, b) => a.length - b.length || a.localeCompare(b)));
