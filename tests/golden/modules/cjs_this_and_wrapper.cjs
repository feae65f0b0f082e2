console.log(this === module.exports, typeof exports, typeof __filename);
exports.value = 1;
console.log(module.exports);
