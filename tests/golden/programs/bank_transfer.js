class InsufficientFunds extends Error {
  constructor(needed, available) {
    super(`needed ${needed}, available ${available}`);
    this.name = "InsufficientFunds";
  }
}
const accounts = new Map([["alice", 100], ["bob", 50]]);
function transfer(from, to, amount) {
  const balance = accounts.get(from);
  if (balance === undefined || !accounts.has(to)) throw new ReferenceError(`unknown account`);
  if (balance < amount) throw new InsufficientFunds(amount, balance);
  accounts.set(from, balance - amount);
  accounts.set(to, accounts.get(to) + amount);
}
for (const [from, to, amount] of [["alice", "bob", 30], ["bob", "alice", 500], ["carol", "bob", 1]]) {
  try {
    transfer(from, to, amount);
    console.log(`ok: ${from} -> ${to} ${amount}`);
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
console.log(Object.fromEntries(accounts));
const total = [...accounts.values()].reduce((a, b) => a + b, 0);
console.log(`total ${total.toFixed(2)}`);
