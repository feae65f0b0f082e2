const greeting = "hello;
console.log(greeting);
