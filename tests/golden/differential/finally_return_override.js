// Found by the differential test: a `return` inside a finally block that is itself overridden (its
// own finally throws, and the throw is caught) must not replace the return value that an enclosing
// finally block is carrying.
function carried() {
  try {
    return 99;
  } finally {
    try {
      try {
        return 67;
      } finally {
        throw new Error('override');
      }
    } catch (e) {
      console.log('caught', e.message);
    }
  }
}
console.log(carried());
function nested() {
  try {
    try {
      return 'inner';
    } finally {
      console.log('inner finally');
    }
  } finally {
    try {
      return 'replaced';
    } finally {
      console.log('outer finally');
    }
  }
}
console.log(nested());
function* generator() {
  try {
    yield 1;
  } finally {
    try {
      return 'from finally';
    } catch {}
  }
}
const g = generator();
console.log(g.next(), g.return('requested'), g.next());
function inLoop() {
  for (const x of [1, 2]) {
    try {
      return x;
    } finally {
      try {
        if (x === 1) return -1;
      } finally {
        console.log('cleanup', x);
      }
    }
  }
}
console.log(inLoop());
(async () => {
  try {
    return 'async';
  } finally {
    try {
      await null;
      return 'async override';
    } finally {
      throw 'x';
    }
  }
})().then(console.log, (e) => console.log('rejected', e));
