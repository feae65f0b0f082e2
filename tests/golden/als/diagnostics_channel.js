// node:diagnostics_channel: publish/subscribe, stores bound to channels, tracing channels with ALS.
'use strict';
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const channel = dc.channel('demo');
console.log(channel.name, channel.hasSubscribers, dc.hasSubscribers('demo'), channel instanceof dc.Channel, {} instanceof dc.Channel);
const seen = [];
const onMessage = (message, name) => seen.push([message, name]);
dc.subscribe('demo', onMessage);
console.log(channel.hasSubscribers, dc.channel('demo') === channel);
channel.publish({ n: 1 });
console.log(JSON.stringify(seen), dc.unsubscribe('demo', onMessage), dc.unsubscribe('demo', onMessage));

const store = new AsyncLocalStorage();
channel.bindStore(store, (data) => ({ wrapped: data }));
const result = channel.runStores('payload', function (a, b) {
  return [JSON.stringify(store.getStore()), this.tag, a + b];
}, { tag: 'this' }, 2, 3);
console.log(result, store.getStore(), channel.unbindStore(store), channel.unbindStore(store));

const tracing = dc.tracingChannel('work');
const events = [];
tracing.subscribe({
  start: (ctx) => events.push(`start ${ctx.id}`),
  end: (ctx) => events.push(`end ${ctx.id}`),
  asyncStart: (ctx) => events.push(`asyncStart ${ctx.id} ${ctx.result ?? ctx.error?.message}`),
  asyncEnd: (ctx) => events.push(`asyncEnd ${ctx.id}`),
  error: (ctx) => events.push(`error ${ctx.id} ${ctx.error.message}`),
});
tracing.start.bindStore(store, (ctx) => `in ${ctx.id}`);
console.log(tracing.traceSync(() => store.getStore(), { id: 'sync' }));
try {
  tracing.traceSync(() => {
    throw new Error('sync failure');
  }, { id: 'throws' });
} catch (e) {
  console.log('caught', e.message);
}
tracing.traceCallback((x, done) => setTimeout(() => done(null, x * 2), 1), -1, { id: 'cb' }, undefined, 21, (err, value) => {
  events.push(`callback ${value} ${store.getStore()}`);
});
tracing
  .tracePromise(async () => {
    await null;
    return store.getStore();
  }, { id: 'promise' })
  .then((value) => {
    events.push(`resolved ${value}`);
  });
setTimeout(() => console.log(events.join('\n')), 50);
