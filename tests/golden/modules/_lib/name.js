module.exports = "counter-module";
