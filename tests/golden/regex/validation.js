const emails = ["a@b.co", "bad@", "x.y@z.org", "@no.pe"];
const emailRe = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
for (const e of emails) console.log(e, emailRe.test(e));
const phone = /^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$/;
console.log("(555) 123-4567".replace(phone, "$1.$2.$3"));
const csv = 'a,"b,c",d';
console.log(csv.match(/("[^"]*"|[^,]+)/g));
console.log("  many   spaces  here ".trim().split(/\s+/));
console.log("The Year 1999 and 2024".match(/\d{4}/g).map(Number));
