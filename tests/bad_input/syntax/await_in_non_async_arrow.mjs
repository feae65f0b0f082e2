export function handler(items) {
  return items.map((item) => {
    const value = await item;
    return value * 2;
  });
}
