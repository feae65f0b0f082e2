//! Behaviour checks of the Array/String/Number/Math/JSON/Boolean/Symbol/global built-ins
//! against Node 26. Each test runs a list of `t(label, thunk)` cases and compares the printed
//! lines with the output Node printed for the same script (generated from Node, not minijs).

mod support;
use support::run;

/// Formats values like a tiny inspector and reports exceptions as "throws Name: message".
const PRELUDE: &str = r####"function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return 'function ' + v.name;
  if (Array.isArray(v)) return '[' + Array.prototype.map.call(v, show).join(',') + ']';
  if (v && typeof v === 'object') return '{' + Object.keys(v).map(k => k + ':' + show(v[k])).join(',') + '}';
  return String(v);
}
function t(label, f) {
  let r;
  try { r = show(f()); } catch (e) { r = 'throws ' + (e && e.constructor && e.constructor.name) + ': ' + (e && e.message); }
  print(label + ' => ' + r);
}
"####;

fn check(cases: &str, expected: &str) {
    let out = run(&format!("{PRELUDE}\n{cases}"));
    let got: Vec<&str> = out.lines().collect();
    let want: Vec<&str> = expected.lines().collect();
    for (i, w) in want.iter().enumerate() {
        assert_eq!(got.get(i).copied(), Some(*w), "line {} differs", i + 1);
    }
    assert_eq!(got.len(), want.len(), "unexpected extra output: {:?}", got.get(want.len()..));
}

#[test]
fn numbers_math_globals() {
    check(
        r####"t('toFixed', () => [1.005.toFixed(2), 1.45.toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), 123.456.toFixed(10), (1e21).toFixed(2), (-1.5).toFixed(0), (0).toFixed(2), (-0).toFixed(2), (1.23e-10).toFixed(20), (123).toFixed(100).length]);
t('toExponential', () => [123456..toExponential(2), 0..toExponential(), 1.5.toExponential(), (-0.00012).toExponential(1), 5e-324.toExponential(), 1.7976931348623157e308.toExponential(5), (1).toExponential(0), NaN.toExponential(2)]);
t('toPrecision', () => [123.456.toPrecision(4), 0.000123.toPrecision(2), 123456..toPrecision(2), 1e-7.toPrecision(1), 0..toPrecision(3), 99..toPrecision(1), 1e21.toPrecision(3), (-1.5).toPrecision(1), 123.456.toPrecision()]);
t('radix', () => [(255).toString(2), (-255).toString(36), (0.1).toString(2), Math.PI.toString(7), (1e100).toString(16), (2**-30).toString(8), (123.456).toString(36), (0.000001).toString(5)]);
t('radix errs', () => (1).toString(1));
t('toFixed err', () => (1).toFixed(101));
t('num ctor', () => [Number('  0x1F  '), Number('1e3'), Number(''), Number('abc'), Number(null), Number([5]), Number({valueOf(){return 7}}), new Number(3) + 1, Number(), Number('-0'), Number('0b101'), Number('.5'), Number('5.')]);
t('parseInt', () => [parseInt('  -12px'), parseInt('0x'), parseInt('12', 5), parseInt('1e3'), parseInt(' 0xFf', 16), parseInt('-0'), parseInt('123', 1), parseInt('9007199254740993'), parseInt('z'.repeat(20), 36), parseInt(null, 36)]);
t('parseFloat', () => [parseFloat('.5e1'), parseFloat('-.e1'), parseFloat('Infinityx'), parseFloat('1e1000'), parseFloat('  +3.25E-2xyz'), parseFloat('0x10'), parseFloat('1.e1')]);
t('isX', () => [Number.isInteger(5.0), Number.isInteger('5'), Number.isSafeInteger(2**53), Number.isNaN('x'), isNaN('x'), isFinite('12'), Number.isFinite('12')]);
t('locale', () => [1234.5.toLocaleString(), (-1234567.8915).toLocaleString(), 0.1.toLocaleString(), 1e-10.toLocaleString(), (12).toLocaleString()]);
t('math', () => [Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.max(), Math.min(), Math.max(-0, 0), Math.min(0, -0), Math.hypot(3, 4), Math.hypot(), Math.sign(-3), Math.cbrt(27), Math.trunc(-4.7), Math.clz32(1), Math.imul(0xffffffff, 5), Math.fround(5.5), Math.fround(5.05), Math.atan2(1, 1), Math.expm1(0), Math.log10(1000), Math.log2(8), Math.pow(2, 0.5), Math.pow(NaN, 0), Math.max(1, NaN, 3)]);
t('sym', () => [Symbol('x').description, Symbol().description, Symbol.keyFor(Symbol.for('k')), Symbol.keyFor(Symbol('k')), Symbol.iterator.toString(), Object(Symbol('w')).toString(), typeof Object(Symbol())]);
t('bool', () => [Boolean(''), Boolean('0'), new Boolean(false) ? 1 : 2, true.toString(), Boolean.prototype.valueOf.call(new Boolean(true))]);
t('bool err', () => Boolean.prototype.toString.call(1));
t('uri', () => [encodeURI('http://a.b/c d?e=f&g#h'), encodeURIComponent('é☃😀'), decodeURIComponent('%E2%98%83'), escape('a b+c/é\u1234'), unescape('%u1234%41%zz')]);
t('uri err', () => decodeURIComponent('%E2%98'));
"####,
        r####"toFixed => ["1.00","1.4","1","2","3","123.4560000000","1e+21","-2","0.00","0.00","0.00000000012300000000",104]
toExponential => ["1.23e+5","0e+0","1.5e+0","-1.2e-4","5e-324","1.79769e+308","1e+0","NaN"]
toPrecision => ["123.5","0.00012","1.2e+5","1e-7","0.00","1e+2","1.00e+21","-2","123.456"]
radix => ["11111111","-73","0.0001100110011001100110011001100110011001100110011001101","3.066365143203613411","1249ad2594c37d0000000000000000000000000000000000000000000000000000000000000000000000","0.0000000001","3f.gez4w97ry","0.0000000014340322421131001434033"]
radix errs => throws RangeError: toString() radix argument must be between 2 and 36
toFixed err => throws RangeError: toFixed() digits argument must be between 0 and 100
num ctor => [31,1000,0,NaN,0,5,7,4,0,-0,5,0.5,5]
parseInt => [-12,NaN,7,1,255,-0,NaN,9007199254740992,1.3367494538843734e+31,1112745]
parseFloat => [5,NaN,Infinity,Infinity,0.0325,0,10]
isX => [true,false,false,false,true,true,false]
locale => ["1,234.5","-1,234,567.892","0.1","0","12"]
math => [-0,3,-2,-Infinity,Infinity,0,-0,5,0,-1,3,-4,31,-5,5.5,5.050000190734863,0.7853981633974483,0,3,3,1.4142135623730951,1,NaN]
sym => ["x",undefined,"k",undefined,"Symbol(Symbol.iterator)","Symbol(w)","object"]
bool => [false,true,1,"true",true]
bool err => throws TypeError: Boolean.prototype.toString requires that 'this' be a Boolean
uri => ["http://a.b/c%20d?e=f&g#h","%C3%A9%E2%98%83%F0%9F%98%80","☃","a%20b+c/%E9%u1234","ሴA%zz"]
uri err => throws URIError: URI malformed
"####,
    );
}

#[test]
fn strings() {
    check(
        r####"t('split', () => ['a,b,,c'.split(','), 'abc'.split(''), 'abc'.split('', 2), ''.split(','), ''.split(''), 'a b'.split(), 'a1b1c'.split(1), 'abc'.split(undefined, 0)]);
t('replace', () => ['aaa'.replace('a', 'b'), 'abc'.replace('b', '$`$\'$&$$'), 'abc'.replace('x', 'y'), 'abc'.replace('', '_'), 'a.b.c'.replaceAll('.', '!'), 'aaa'.replaceAll('', '-'), 'abc'.replace('b', () => '$&'), 'abab'.replaceAll('b', (m, p) => p)]);
t('search', () => ['hello'.indexOf('l'), 'hello'.lastIndexOf('l'), 'hello'.indexOf('l', 10), 'hello'.lastIndexOf('l', -5), 'hello'.indexOf(''), 'hello'.indexOf('', 99), 'hello'.lastIndexOf(''), 'abc'.includes('b', 2), 'abc'.startsWith('bc', 1), 'abc'.endsWith('ab', 2), 'abc'.endsWith('')]);
t('chars', () => ['abc'.at(-1), 'abc'.at(5), 'abc'.charAt(1), 'abc'.charAt(-1), 'abc'.charCodeAt(9), '😀'.codePointAt(0), '😀'.codePointAt(1), '😀'.charCodeAt(0), 'abc'.codePointAt(3)]);
t('slices', () => ['abcdef'.slice(-2), 'abcdef'.slice(2, -1), 'abcdef'.substring(4, 1), 'abcdef'.substr(-3, 2), 'abcdef'.substr(1), 'abc'.slice(5), 'abc'.substring(NaN, 2)]);
t('pad', () => ['5'.padStart(3, '0'), 'abc'.padEnd(6, '12'), 'abc'.padStart(2), 'x'.padEnd(4), 'x'.padStart(5, ''), 'ab'.repeat(3), ''.repeat(5)]);
t('trim', () => [' \t a b \n'.trim(), '\u00a0x\ufeff'.trim(), '  x '.trimStart(), ' x  '.trimEnd(), String.prototype.trimLeft.name, String.prototype.trimRight === String.prototype.trimEnd]);
t('case', () => ['Straße'.toUpperCase(), 'İstanbul'.toLowerCase(), 'ΣΑΣ'.toLowerCase(), 'ǅ'.toUpperCase(), 'ǅ'.toLowerCase(), 'abc'.toLocaleUpperCase()]);
t('wf', () => ['a\ud800b'.isWellFormed(), 'a😀'.isWellFormed(), 'a\udc00'.toWellFormed().charCodeAt(1)]);
t('fromCharCode', () => [String.fromCharCode(65, 66, 0x10041), String.fromCodePoint(0x1F600, 65), String.raw`a\n${1}b`, String.raw({raw: ['x', 'y', 'z']}, 1, 2, 3), String.raw({raw: 'abc'}, '-', '+')]);
t('ctor', () => [String(123), String(null), String([1, [2, 3]]), String({}), String(Symbol('q')), new String('ab').length, typeof new String('a'), String(-0)]);
t('ctor sym err', () => String({toString() { return Symbol(); }}));
t('new sym err', () => new String(Symbol()));
t('concat', () => ['a'.concat(1, null, [2, 3], {}), ''.concat()]);
t('locale', () => ['a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'), ['b', 'A', 'a', 'B', 'é', 'e', 'z', 'Z', '1', '_'].sort((x, y) => x.localeCompare(y))]);
t('normalize', () => ['é'.normalize('NFD').length, 'e\u0301'.normalize().length, 'abc'.normalize('NFKC')]);
t('norm err', () => 'a'.normalize('nfc'));
t('iter', () => [...'a😀\ud800b'].map(c => c.length));
t('iter proto', () => Object.prototype.toString.call(''[Symbol.iterator]()));
t('html', () => ['x'.anchor('a"b'), 'x'.bold(), 'x'.link('u'), 'y'.fontsize(3)]);
t('thisNull', () => String.prototype.at.call(null, 0));
t('objArgs', () => ['abcdef'.slice({valueOf() { return 2; }}), 'abc'.indexOf({toString() { return 'c'; }}), 'x'.padStart({valueOf() { return 3; }}, {toString() { return '-'; }}), 'abc'.includes({toString() { return 'b'; }})]);
t('regex arg', () => 'abc'.startsWith({[Symbol.match]: true}));
t('split obj', () => 'a-b'.split({[Symbol.split](s, l) { return 'custom:' + s + l; }}, 4));
t('replace obj', () => 'a-b'.replace({[Symbol.replace](s, r) { return s + r; }}, '!'));
t('repeat err', () => 'a'.repeat(Infinity));
t('order', () => { const log = []; 'abc'.padStart({valueOf() { log.push('len'); return 1; }}, {toString() { log.push('fill'); return 'x'; }}); return log; });
"####,
        r####"split => [["a","b","","c"],["a","b","c"],["a","b"],[""],[],["a b"],["a","b","c"],[]]
replace => ["baa","aacb$c","abc","_abc","a!b!c","-a-a-a-","a$&c","a1a3"]
search => [2,3,-1,-1,0,5,5,false,true,true,true]
chars => ["c",undefined,"b","",NaN,128512,56832,55357,undefined]
slices => ["ef","cde","bcd","de","bcdef","","ab"]
pad => ["005","abc121","abc","x   ","x","ababab",""]
trim => ["a b","x","x "," x","trimStart",true]
case => ["STRASSE","i̇stanbul","σας","Ǆ","ǆ","ABC"]
wf => [false,true,65533]
fromCharCode => ["ABA","😀A","a\\n1b","x1y2z","a-b+c"]
ctor => ["123","null","1,2,3","[object Object]","Symbol(q)",2,"object","0"]
ctor sym err => throws TypeError: Cannot convert a Symbol value to a string
new sym err => throws TypeError: Cannot convert a Symbol value to a string
concat => ["a1null2,3[object Object]",""]
locale => [-1,1,0,-1,["_","1","a","A","b","B","e","é","z","Z"]]
normalize => [2,1,"abc"]
norm err => throws RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.
iter => [1,2,1,1]
iter proto => "[object String Iterator]"
html => ["<a name=\"a&quot;b\">x</a>","<b>x</b>","<a href=\"u\">x</a>","<font size=\"3\">y</font>"]
thisNull => throws TypeError: String.prototype.at called on null or undefined
objArgs => ["cdef",2,"--x",true]
regex arg => throws TypeError: First argument to String.prototype.startsWith must not be a regular expression
split obj => "custom:a-b4"
replace obj => "a-b!"
repeat err => throws RangeError: Invalid count value: Infinity
order => ["len"]
"####,
    );
}

#[test]
fn arrays() {
    check(
        r####"t('from', () => [Array.from('a😀'), Array.from(new Set([1, 2])), Array.from({length: 2, 0: 'x'}), Array.from([1, 2], x => x * 10), Array.from.call(Object, [1]).length]);
t('of', () => [Array.of(), Array.of(undefined), Array(3).length, Array(1, 2), new Array('3')]);
t('isArray', () => [Array.isArray([]), Array.isArray({}), Array.isArray(new Proxy([], {}))]);
t('concat', () => [[1].concat(2, [3, [4]], {length: 1, 0: 'x'}), [].concat.call(1, 2), [1, , 3].concat([4, , 6]).length, [1].concat(Object.assign([2, 3], {[Symbol.isConcatSpreadable]: false}))]);
t('copyWithin', () => [[1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, -4, -3)]);
t('fill', () => [[1, 2, 3].fill(0), [1, 2, 3].fill(9, 1, -1), Array(3).fill('x')]);
t('filter/map', () => [[1, 2, 3, 4].filter(x => x % 2), [1, , 3].map(x => x * 2), [1, , 3].map(x => x * 2).length, 1 in [1, , 3].map(x => x)]);
t('find', () => [[1, 2, 3].find(x => x > 1), [1, 2, 3].findIndex(x => x > 5), [1, 2, 3].findLast(x => x < 3), [1, 2, 3].findLastIndex(x => x < 3)]);
t('flat', () => [[1, [2, [3, [4]]]].flat(), [1, [2, [3]]].flat(2), [[1], [2]].flatMap(x => x), [1, 2].flatMap(x => [x, [x * 2]]), [1, , [2, , 3]].flat()]);
t('includes', () => [[NaN].includes(NaN), [NaN].indexOf(NaN), [1, 2, 3].includes(3, -1), [1, , 3].includes(undefined), [1, , 3].indexOf(undefined), [0].includes(-0)]);
t('join', () => [[1, null, undefined, 2].join(), [1, 2].join(''), [[1, 2], [3]].join(';'), Array(3).join('-'), [1, 2].join(undefined)]);
t('cycle', () => { const a = [1, 2]; a.push(a); return [a.join(), String(a)]; });
t('lastIndexOf', () => [[1, 2, 1].lastIndexOf(1), [1, 2, 1].lastIndexOf(1, -2), [1, 2, 1].lastIndexOf(1, -5), [1].lastIndexOf(1, undefined)]);
t('pop/push', () => { const a = [1, 2]; const r = [a.push(3, 4), a.pop(), a.length, a.shift(), a, a.unshift(0, 0.5), a]; return r; });
t('reduce', () => [[1, 2, 3].reduce((a, b) => a + b), [1, 2, 3].reduceRight((a, b) => a + b, ''), [, 1].reduce((a, b) => a + b), [].reduce((a, b) => a, 'init')]);
t('reduce err', () => [].reduce((a, b) => a));
t('reverse', () => [[1, 2, 3].reverse(), [1, , 3, 4].reverse(), Object.keys([1, , 3, 4].reverse())]);
t('slice', () => [[1, 2, 3, 4].slice(1, -1), [1, 2, 3].slice(-2), [1, , 3].slice(), Array.prototype.slice.call('abc', 1), Array.prototype.slice.call({length: 2, 0: 'a', 1: 'b'})]);
t('some/every', () => [[1, 2].some(x => x > 1), [1, 2].every(x => x > 1), [].every(x => false)]);
t('sort', () => [[3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), ['b', undefined, 'a', , 'c'].sort(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].sort((a, b) => b - a), [{k: 1, v: 'a'}, {k: 0, v: 'b'}, {k: 1, v: 'c'}, {k: 0, v: 'd'}].sort((x, y) => x.k - y.k).map(x => x.v).join('')]);
t('sort holes', () => { const a = [3, , 1, undefined]; a.sort(); return [a.length, 0 in a, 1 in a, 2 in a, 3 in a, a[0], a[1]]; });
t('sort err', () => [].sort(null));
t('splice', () => { const a = [1, 2, 3, 4, 5]; return [a.splice(1, 2), a, a.splice(-1), a, a.splice(1, 0, 'x', 'y'), a, a.splice(), a.splice(0)]; });
t('to*', () => [[3, 1, 2].toSorted(), [1, 2, 3].toReversed(), [1, 2, 3, 4].toSpliced(1, 2, 'x'), [1, 2, 3].with(-1, 9), [1, , 3].toReversed()]);
t('with err', () => [1].with(1, 0));
t('toString', () => [[1, [2, 3]].toString(), Array.prototype.toString.call({join() { return 'J'; }}), Array.prototype.toString.call({}), [1.5, 'a'].toLocaleString(), String([null, undefined])]);
t('entries', () => [[...['a', 'b'].entries()].join('|'), [...['a', 'b'].keys()], [...[, 'b'].values()]]);
t('species', () => { class MyArr extends Array {} const m = MyArr.from([1, 2, 3]).map(x => x); return [m instanceof MyArr, m.length, Array[Symbol.species] === Array]; });
t('unscopables', () => Object.keys(Array.prototype[Symbol.unscopables]));
t('lengths', () => ['concat', 'push', 'slice', 'splice', 'reduce', 'indexOf', 'flat', 'toSpliced', 'with', 'sort', 'toSorted', 'copyWithin', 'fill'].map(n => n + Array.prototype[n].length));
t('names', () => [Array.prototype.map.name, Array.from.name, Array.of.length, Array.prototype[Symbol.iterator].name]);
t('proto', () => [Object.getOwnPropertyNames(Array.prototype).length, Array.prototype.map.hasOwnProperty('prototype')]);
t('generic', () => [Array.prototype.map.call('abc', c => c.toUpperCase()), Array.prototype.filter.call({length: 3, 0: 1, 1: 2, 2: 3}, x => x > 1), Array.prototype.join.call({length: 2, 0: 'x'}, '+')]);
t('frozen push', () => { const a = Object.freeze([1]); a.push(2); });
t('length set', () => { const a = [1, 2, 3]; a.length = 1; return [a, a.length]; });
t('big len', () => Array.prototype.indexOf.call({length: 2 ** 53 + 10, [2 ** 53 - 2]: 'x'}, 'x', 2 ** 53 - 3));
"####,
        r####"from => [["a","😀"],[1,2],["x",undefined],[10,20],1]
of => [[],[undefined],3,[1,2],["3"]]
isArray => [true,false,true]
concat => [[1,2,3,[4],{0:"x",length:1}],[{},2],6,[1,[2,3]]]
copyWithin => [[4,5,3,4,5],[1,1,2,3,5],[1,2,3,2,5]]
fill => [[0,0,0],[1,9,3],["x","x","x"]]
filter/map => [[1,3],[2,,6],3,false]
find => [2,-1,2,1]
flat => [[1,2,[3,[4]]],[1,2,3],[1,2],[1,[2],2,[4]],[1,2,3]]
includes => [true,-1,true,true,-1,true]
join => ["1,,,2","12","1,2;3","--","1,2"]
cycle => ["1,2,","1,2,"]
lastIndexOf => [2,0,-1,0]
pop/push => [4,4,3,1,[0,0.5,2,3],4,[0,0.5,2,3]]
reduce => [6,"321",1,"init"]
reduce err => throws TypeError: Reduce of empty array with no initial value
reverse => [[3,2,1],[4,3,,1],["0","1","3"]]
slice => [[2,3],[2,3],[1,,3],["b","c"],["a","b"]]
some/every => [true,false,true]
sort => [[1,10,2,3],[1,2,3,10],["a","b","c",undefined,],[12,11,10,9,8,7,6,5,4,3,2,1],"bdac"]
sort holes => [4,true,true,true,false,1,3]
sort err => throws TypeError: The comparison function must be either a function or undefined: null
splice => [[2,3],[],[5],[],[],[],[],[1,"x","y",4]]
to* => [[1,2,3],[3,2,1],[1,"x",4],[1,2,9],[3,undefined,1]]
with err => throws RangeError: Invalid index : 1
toString => ["1,2,3","J","[object Object]","1.5,a",","]
entries => ["0,a|1,b",[0,1],[undefined,"b"]]
species => [true,3,true]
unscopables => ["at","copyWithin","entries","fill","find","findIndex","findLast","findLastIndex","flat","flatMap","includes","keys","toReversed","toSorted","toSpliced","values"]
lengths => ["concat1","push1","slice2","splice2","reduce1","indexOf1","flat0","toSpliced2","with2","sort1","toSorted1","copyWithin2","fill1"]
names => ["map","from",0,"values"]
proto => [40,false]
generic => [["A","B","C"],[2,3],"x+"]
frozen push => throws TypeError: Cannot add property 1, object is not extensible
length set => [[1],1]
big len => 9007199254740990
"####,
    );
}

#[test]
fn json() {
    check(
        r####"t('stringify', () => [JSON.stringify({a: 1, b: 'x', c: [1, {d: null}], e: undefined, f() {}, g: Symbol()}), JSON.stringify([undefined, function () {}, Symbol()]), JSON.stringify('\u2028\ud800"\\\n\x01'), JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(undefined), JSON.stringify(null), JSON.stringify(new Date(0)), JSON.stringify({toJSON(k) { return 'k=' + k; }})]);
t('indent', () => [JSON.stringify({a: [1, 2], b: {}}, null, '--'), JSON.stringify([[]], null, 20), JSON.stringify({a: 1}, null, 'abcdefghijklmnop'), JSON.stringify({a: {b: 1}}, null, new Number(2))]);
t('replacer', () => [JSON.stringify({a: 1, b: 2, c: {a: 3, d: 4}}, ['a', 'c']), JSON.stringify({a: 1, b: 'x'}, (k, v) => typeof v === 'number' ? v * 2 : v), JSON.stringify({1: 'x', a: 'y'}, [1, new String('a')]), JSON.stringify([1, 2], (k, v) => k === '0' ? undefined : v)]);
t('wrappers', () => JSON.stringify([new Number(3), new String('s'), new Boolean(false), Object(Symbol())]));
t('cycle', () => { const o = {x: {}}; o.x.y = o; return JSON.stringify(o); });
t('cycle arr', () => { const o = {a: [1, {}]}; o.a[1].b = o.a; return JSON.stringify(o); });
t('parse', () => [JSON.parse('[1, "a", true, null, {"x": -1.5e2}]'), JSON.parse(' "\\u0041\\n" '), JSON.parse('{"__proto__": 1}').__proto__, JSON.parse('{"a":1,"a":2}').a, JSON.parse('123'), JSON.parse('{"b":1,"a":2,"1":3}')]);
t('reviver', () => JSON.parse('{"a":[1,2,{"b":3}],"c":4}', function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
t('reviver delete', () => JSON.parse('{"a":1,"b":2}', (k, v) => k === 'a' ? undefined : v));
t('reviver order', () => { const log = []; JSON.parse('{"a":{"b":1},"c":[2]}', function (k, v) { log.push(k); return v; }); return log; });
for (const s of ['', '{', 'abc', '[1,]', '{"a":1,}', '[1 2]', '"abc', '01', '1.', '-', 'tru', '"\\x"', '"a\nb"', '1 2', '{"a":1}x', '1e', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,x]'])
  t('parse err ' + JSON.stringify(s), () => JSON.parse(s));
t('deep', () => JSON.parse('['.repeat(10000) + ']'.repeat(10000)).length);
t('tag', () => [String(JSON), Object.prototype.toString.call(JSON)]);
t('bigobj', () => JSON.stringify(JSON.parse(JSON.stringify({list: Array.from({length: 5}, (_, i) => ({i, s: 'v' + i}))}))));
t('fast gaps', () => [JSON.stringify({a: [], b: {}, c: [1, [2, {}]], d: {e: undefined, f: 1}}, null, 2), JSON.stringify([undefined, {a: undefined}], null, '\t'), JSON.stringify({a: 1, b: undefined}), JSON.stringify({b: undefined, a: 1}), JSON.stringify([,1]), JSON.stringify({1: 1, 0: 0, x: 'y'}), JSON.stringify(new Error('m')), JSON.stringify((function () { return arguments; })(1, 2))]);
t('fast space', () => [JSON.stringify([1], null, 0), JSON.stringify([1], null, -5), JSON.stringify([1], null, 3.7), JSON.stringify([1], null, ''), JSON.stringify({a: 1}, 'x', 1), JSON.stringify({a: [1, 2]}, null, 12)]);
t('fast misc', () => [JSON.stringify(Object.create({inherited: 1})), JSON.stringify(Object.defineProperty({}, 'hidden', {value: 1})), JSON.stringify({get a() { return 1; }}), JSON.stringify([new Map(), new Set([1])]), JSON.stringify({s: Symbol('x'), [Symbol('k')]: 1})]);
t('toJSON proto', () => { Object.prototype.toJSON = function () { return 'P'; }; try { return JSON.stringify({a: 1}); } finally { delete Object.prototype.toJSON; } });
t('holes proto', () => { Array.prototype[1] = 'H'; try { return JSON.stringify([0, , 2]); } finally { delete Array.prototype[1]; } });
"####,
        r####"stringify => ["{\"a\":1,\"b\":\"x\",\"c\":[1,{\"d\":null}]}","[null,null,null]","\" \\ud800\\\"\\\\\\n\\u0001\"","null","0",undefined,"null","\"1970-01-01T00:00:00.000Z\"","\"k=\""]
indent => ["{\n--\"a\": [\n----1,\n----2\n--],\n--\"b\": {}\n}","[\n          []\n]","{\nabcdefghij\"a\": 1\n}","{\n  \"a\": {\n    \"b\": 1\n  }\n}"]
replacer => ["{\"a\":1,\"c\":{\"a\":3}}","{\"a\":2,\"b\":\"x\"}","{\"1\":\"x\",\"a\":\"y\"}","[null,2]"]
wrappers => "[3,\"s\",false,{}]"
cycle => throws TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    |     property 'x' -> object with constructor 'Object'
    --- property 'y' closes the circle
cycle arr => throws TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Array'
    |     index 1 -> object with constructor 'Object'
    --- property 'b' closes the circle
parse => [[1,"a",true,null,{x:-150}],"A\n",1,2,123,{1:3,b:1,a:2}]
reviver => {a:[10,20,{b:30}],c:40}
reviver delete => {b:2}
reviver order => ["b","a","0","c",""]
parse err "" => throws SyntaxError: Unexpected end of JSON input
parse err "{" => throws SyntaxError: Expected property name or '}' in JSON at position 1 (line 1 column 2)
parse err "abc" => throws SyntaxError: Unexpected token 'a', "abc" is not valid JSON
parse err "[1,]" => throws SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
parse err "{\"a\":1,}" => throws SyntaxError: Expected double-quoted property name in JSON at position 7 (line 1 column 8)
parse err "[1 2]" => throws SyntaxError: Expected ',' or ']' after array element in JSON at position 3 (line 1 column 4)
parse err "\"abc" => throws SyntaxError: Unterminated string in JSON at position 4 (line 1 column 5)
parse err "01" => throws SyntaxError: Unexpected number in JSON at position 1 (line 1 column 2)
parse err "1." => throws SyntaxError: Unterminated fractional number in JSON at position 2 (line 1 column 3)
parse err "-" => throws SyntaxError: No number after minus sign in JSON at position 1 (line 1 column 2)
parse err "tru" => throws SyntaxError: Unexpected end of JSON input
parse err "\"\\x\"" => throws SyntaxError: Bad escaped character in JSON at position 2 (line 1 column 3)
parse err "\"a\nb\"" => throws SyntaxError: Bad control character in string literal in JSON at position 2 (line 1 column 3)
parse err "1 2" => throws SyntaxError: Unexpected non-whitespace character after JSON at position 2 (line 1 column 3)
parse err "{\"a\":1}x" => throws SyntaxError: Unexpected non-whitespace character after JSON at position 7 (line 1 column 8)
parse err "1e" => throws SyntaxError: Exponent part is missing a number in JSON at position 2 (line 1 column 3)
parse err "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,x]" => throws SyntaxError: Unexpected token 'x', ...",13,14,15,x]" is not valid JSON
deep => 1
tag => ["[object JSON]","[object JSON]"]
bigobj => "{\"list\":[{\"i\":0,\"s\":\"v0\"},{\"i\":1,\"s\":\"v1\"},{\"i\":2,\"s\":\"v2\"},{\"i\":3,\"s\":\"v3\"},{\"i\":4,\"s\":\"v4\"}]}"
fast gaps => ["{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    [\n      2,\n      {}\n    ]\n  ],\n  \"d\": {\n    \"f\": 1\n  }\n}","[\n\tnull,\n\t{}\n]","{\"a\":1}","{\"a\":1}","[null,1]","{\"0\":0,\"1\":1,\"x\":\"y\"}","{}","{\"0\":1,\"1\":2}"]
fast space => ["[1]","[1]","[\n   1\n]","[1]","{\n \"a\": 1\n}","{\n          \"a\": [\n                    1,\n                    2\n          ]\n}"]
fast misc => ["{}","{}","{\"a\":1}","[{},{}]","{}"]
toJSON proto => "\"P\""
holes proto => "[0,\"H\",2]"
"####,
    );
}

#[test]
fn species_new_target() {
    check(
        r####"t('species nt', () => { let nt; function ctor(len) { nt = new.target; } const arr = [[1]]; arr.constructor = {[Symbol.species]: ctor}; arr.flatMap(x => x); return nt === ctor; });
t('species nt map', () => { let nt; function ctor(len) { nt = new.target; } const arr = [[1]]; arr.constructor = {[Symbol.species]: ctor}; arr.map(x => x); return nt === ctor; });
t('reflect construct nt', () => { let nt; function ctor() { nt = new.target; } Reflect.construct(ctor, []); return nt === ctor; });
"####,
        r####"species nt => true
species nt map => true
reflect construct nt => true
"####,
    );
}

#[test]
fn sorting() {
    check(
        r####"t('sort cmp', () => [[5, 1, 4, 2, 3].sort((a, b) => a - b), [5, 1, 4, 2, 3].sort((a, b) => b - a), ['b', undefined, 'a', , 'c'].sort((a, b) => a < b ? -1 : 1), [3, 2, 1].sort(() => 0), [1, 2, 3].sort((a, b) => ({valueOf() { return b - a; }}))]);
t('sort stable', () => { const a = []; for (let i = 0; i < 100; i++) a.push({k: i % 3, i}); a.sort((x, y) => x.k - y.k); return a.map(x => x.i).join(','); });
t('sort holes cmp', () => { const a = [3, , 1, undefined, , 2]; a.sort((x, y) => x - y); return [a.length, Object.keys(a), a[3]]; });
t('sort throws', () => { const a = [3, 2, 1]; try { a.sort(() => { throw new Error('x'); }); } catch (e) { return [e.message, a]; } });
t('sort generic', () => Array.prototype.sort.call({0: 'b', 1: 'a', 2: 'c', length: 3}, (a, b) => a < b ? -1 : 1));
t('sort mutate', () => { const a = [3, 1, 2]; a.sort((x, y) => { a.push(9); return x - y; }); return a.length > 3; });
t('toSorted cmp', () => [[3, , 1].toSorted((a, b) => a - b), [3, 1, 2].toSorted((a, b) => b - a)]);
t('sort sym err', () => [Symbol(), 1].sort());
t('big sort', () => { const a = []; for (let i = 0; i < 1000; i++) a.push((i * 7919) % 1000); a.sort((x, y) => x - y); for (let i = 0; i < 1000; i++) if (a[i] !== i) return 'bad ' + i; return 'ok'; });
"####,
        r####"sort cmp => [[1,2,3,4,5],[5,4,3,2,1],["a","b","c",undefined,],[3,2,1],[3,2,1]]
sort stable => "0,3,6,9,12,15,18,21,24,27,30,33,36,39,42,45,48,51,54,57,60,63,66,69,72,75,78,81,84,87,90,93,96,99,1,4,7,10,13,16,19,22,25,28,31,34,37,40,43,46,49,52,55,58,61,64,67,70,73,76,79,82,85,88,91,94,97,2,5,8,11,14,17,20,23,26,29,32,35,38,41,44,47,50,53,56,59,62,65,68,71,74,77,80,83,86,89,92,95,98"
sort holes cmp => [6,["0","1","2","3"],undefined]
sort throws => ["x",[3,2,1]]
sort generic => {0:"a",1:"b",2:"c",length:3}
sort mutate => true
toSorted cmp => [[1,3,undefined],[3,2,1]]
sort sym err => throws TypeError: Cannot convert a Symbol value to a string
big sort => "ok"
"####,
    );
}

#[test]
fn bigint_interplay() {
    check(
        r####"t('bigint', () => [Number(10n), Number({valueOf() { return 7n; }}), String(12n), JSON.stringify({a: 1}), parseInt(15n), [1n, 2n].join('-'), [3n, 1n, 2n].sort().join(), 'abc'.at(1)]);
t('bigint math', () => Math.abs(1n));
t('bigint isNaN', () => isNaN(1n));
t('bigint json', () => JSON.stringify({a: 1n}));
t('bigint json wrapper', () => JSON.stringify([Object(1n)]));
t('bigint toFixed', () => (1).toFixed(1n));
t('bigint str', () => 'abc'.slice(1n));
t('bigint includes', () => [[1n, 2n].includes(2n), [1n].indexOf(1n)]);
"####,
        r####"bigint => [10,7,"12","{\"a\":1}",15,"1-2","1,2,3","b"]
bigint math => throws TypeError: Cannot convert a BigInt value to a number
bigint isNaN => throws TypeError: Cannot convert a BigInt value to a number
bigint json => throws TypeError: Do not know how to serialize a BigInt
bigint json wrapper => throws TypeError: Do not know how to serialize a BigInt
bigint toFixed => throws TypeError: Cannot convert a BigInt value to a number
bigint str => throws TypeError: Cannot convert a BigInt value to a number
bigint includes => [true,0]
"####,
    );
}
