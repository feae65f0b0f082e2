// Found by the differential test: util.inspect groups short array items in columns by their display
// width, in which combining marks of any script, format characters and emoji modifiers take no
// column, and emoji two (as Node computes it with ICU).
console.log(['[😟ܻ|', 'l', '', 'i', '', 'n', '', 'e', '\n', 'b', '', 'r', '', 'e', '', 'a', '', 'k', ']']);
console.log(['e\u0301', 'a\u0951', 'x\u200b', 'ab', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n']);
console.log(['👍🏽', '👨‍👩‍👧', '中文', 'x', 'y', 'z', 'w', 'v', 'u', 't', 's', 'r', 'q', 'p', 'o', 'n']);
console.log(['\u00ad', 'soft', '\u3099', 'kana', 'mark', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
console.log(['\u2764', '\u{1F1FA}', '\u200d', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'bb', 'cc']);
