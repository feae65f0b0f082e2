const o = { a: { b: () => 1 } }, n = null;
print(o?.a?.b(), n?.a.b.c, o.a?.c?.(), n?.(), delete n?.x, delete o?.a.b, JSON.stringify(o.a));
