class Account {
  static #count = 0;
  static bank = "MiniBank";
  #balance = 0;
  constructor(owner) {
    this.owner = owner;
    Account.#count++;
  }
  get balance() {
    return this.#balance;
  }
  set balance(v) {
    if (v < 0) throw new RangeError("negative balance");
    this.#balance = v;
  }
  deposit(n) {
    this.#balance += n;
    return this;
  }
  static count() {
    return Account.#count;
  }
  static {
    this.initialized = true;
  }
}
const a = new Account("ann").deposit(50).deposit(25);
new Account("bob");
console.log(a.balance, Account.count(), Account.bank, Account.initialized);
try {
  a.balance = -1;
} catch (e) {
  console.log(e.name, e.message);
}
a.balance = 10;
console.log(a.balance, a, Object.keys(a));
console.log(typeof Object.getOwnPropertyDescriptor(Account.prototype, "balance").get);
