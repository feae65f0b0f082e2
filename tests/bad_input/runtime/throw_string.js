console.log("about to throw");
throw "boom";
