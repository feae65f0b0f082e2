let count = 0;
exports.increment = () => ++count;
exports.current = () => count;
exports.name = require("./name.js");
