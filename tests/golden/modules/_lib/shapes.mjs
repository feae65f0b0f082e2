export const sides = { triangle: 3, square: 4 };
export function describe(name) {
  return `${name} has ${sides[name]} sides`;
}
export default class Shape {
  constructor(name) {
    this.name = name;
  }
}
export let mutable = 1;
export function bump() {
  mutable++;
}
