console.log("before"); throw new TypeError("on line one")
