print(new Error('x').toString(), new TypeError().toString(), Error.prototype.toString.call({ name: 'N', message: 'M' }));
print(Error.prototype.toString.call({ name: '', message: 'only' }), Error.prototype.toString.call({}));
try { Error.prototype.toString.call(1); } catch (e) { print(e.name); }
var ae = new AggregateError([1, 2, 3], 'many', { cause: 'c' });
print(ae.name, ae.message, ae.errors.length, ae.cause, ae instanceof AggregateError, ae instanceof Error);
print(AggregateError.length, AggregateError.name, Object.getPrototypeOf(AggregateError) === Error, AggregateError.prototype.constructor === AggregateError);
print(AggregateError([]).errors.length, Object.prototype.toString.call(ae), ae.propertyIsEnumerable('errors'));
var d = new Date(Date.UTC(2026, 10, 29, 12, 30, 15, 250));
print(d.toISOString(), d.getTime(), d.valueOf() === d.getTime());
print(d.toString());
print(d.toUTCString(), d.toDateString(), d.toTimeString());
print(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
print(d.getUTCFullYear(), d.getTimezoneOffset(), d.toJSON());
print(d.setDate(31), d.getMonth(), d.getDate());
print(d.setHours(25), d.getDate(), d.getHours());
print(d.setFullYear(2000, 1, 29), d.toISOString());
print(new Date(2020, 0).getTime(), new Date(99, 0).getFullYear(), new Date(0).getTime());
print(Date.UTC(2000), Date.UTC(), Date.parse('2000-01-01'), Date.parse('2000-01-01T00:00:00+01:00'));
print(Date.parse('Thu, 01 Jan 1970 00:00:00 GMT'), Date.parse('Thu Jan 01 1970 00:00:01 GMT+0000 (Coordinated Universal Time)'));
print(new Date(NaN).getTime(), new Date(8.64e15).getTime(), new Date(8.64e15 + 1).getTime(), `${new Date(NaN)}`);
try { new Date(NaN).toISOString(); } catch (e) { print(e.name, e.message); }
print(new Date(0).toLocaleString(), new Date(0).toLocaleDateString(), new Date(0).toLocaleTimeString());
print(typeof Date(), typeof Date.now(), new Date(d).getTime() === d.getTime());
print(new Date(0) + 0, new Date(0) - 0, `${new Date(-1).toISOString()}`);
print(new Date({ valueOf() { return 10; } }).getTime(), new Date('1970-01-01T00:00:00.5Z').getTime());
print(Date.prototype.toGMTString === Date.prototype.toUTCString, new Date(-62198755200000).toISOString());
print(new Date(0).setMonth(), new Date(NaN).setFullYear(2020));
var obj = { toISOString() { return 'custom'; } };
print(Date.prototype.toJSON.call(obj));
