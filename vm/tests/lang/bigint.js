print(typeof 1n, 2n ** 64n, 10n / 3n, -7n % 3n, 1n == 1, 1n === 1, 2n > 1, '3' == 3n, BigInt(42), BigInt('0x10'), (255n).toString(16), 5n << 2n, -9n >> 1n);
try { 1n + 1 } catch (e) { print(e.constructor.name, e.message) }
try { +1n } catch (e) { print(e.message) }
print(`${2n**100n}`, [1n, 2n].includes(2n), new Map([[1n, 'a']]).get(1n), BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n));
