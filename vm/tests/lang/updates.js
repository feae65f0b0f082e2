const o = { a: 1, b: { c: 5 } }; const k = 'a';
print(o.a++, o.a, ++o.a, o[k]++, o[k], --o.b.c, o.b.c--, o.b.c);
o.a += 10; o[k] *= 2; o.b.c **= 2; print(o.a, o.b.c);
o.z ??= 7; o.a ||= 99; o.a &&= 3; o[k] ??= 4; o['q'] ||= 'q'; print(o.z, o.a, o.q);
class P { #n = 1; inc() { this.#n++; ++this.#n; this.#n += 5; this.#n ??= 0; return this.#n; } }
print(new P().inc());
