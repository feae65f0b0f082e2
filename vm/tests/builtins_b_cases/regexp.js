var r = /a(b)?(?<x>c)/g;
var m = r.exec('zzacabc');
print(m[0], m[1], m.index, m.groups.x, r.lastIndex, m.input, m.length);
print(r.test('abc'), r.lastIndex, r.source, r.flags, r.global, r.sticky, `${r}`);
print(RegExp.prototype.flags, RegExp.prototype.source, RegExp.prototype.global, new RegExp('/', 'i').source);
try { new RegExp('('); } catch (e) { print(e.name); }
try { new RegExp('a', 'gg'); } catch (e) { print(e.name, e.message); }
var re = /(\d+)-(\d+)/;
print('10-20'.replace(re, '$2-$1 [$&] $$ $<n> $3 $`'));
print('a1b2'.replace(/(?<y>\d)/g, '<$<y>>'), 'aaa'.replace(/a/g, function (m, i) { return i; }));
print('a,b,,c'.split(/,/).length, 'a,b'.split(/(,)/).length, 'abc'.split(/(?:)/).length);
print('abc'.search(/c/), 'xaxx'.match(/x/g).length, 'nope'.match(/z/));
var out = '';
for (var mm of 'a1a2a3'.matchAll(/a(.)/g)) out += mm[1];
print(out);
print(/\u{1F600}/u.test('\u{1F600}'), /^.$/su.test('\u{1F600}'), /^.$/.test('\u{1F600}'), /a/y.exec('ba'));
print(/x/d.exec('ax').indices[0][1], /(?<=a)b/.exec('ab').index, /\bfoo\b/i.test('a FOO b'));
var sticky = /o/y; sticky.lastIndex = 1; print(sticky.test('foo'), sticky.lastIndex, sticky.test('fxo'), sticky.lastIndex);
print(RegExp(r) === r, new RegExp(r) === r, new RegExp(r, 'i').flags, RegExp('a', 'm').multiline);
print(/[/]/.source, /\//.source, RegExp('\n').source, new RegExp('').source);
print(Object.prototype.toString.call(/x/g[Symbol.matchAll]('')), /a/[Symbol.split].name, RegExp.prototype.exec.length);
print(/a|ab/.exec('abc')[0], /((a)|(ab))((c)|(bc))/.exec('abc').length, /(z)((a+)?(b+)?(c))*/.exec('zaacbbbcac')[3]);
var lastIndexObj = /a/g; lastIndexObj.lastIndex = { valueOf() { return 1; } }; print(lastIndexObj.exec('aba').index);
print('x'.replace(/x/, '$0'), 'abc'.replace(/(b)/, "$'|$`"), 'abc'.replace(/b/, '$10'));
