const sleep = ms => new Promise(r => setTimeout(r, ms));
let attempts = 0;
async function flaky() {
  attempts++;
  if (attempts < 3) throw new Error(`attempt ${attempts} failed`);
  return `succeeded on attempt ${attempts}`;
}
async function retry(fn, { tries = 5, base = 2 } = {}) {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      console.log("retrying after:", e.message);
      if (i + 1 >= tries) throw e;
      await sleep(base * 2 ** i);
    }
  }
}
retry(flaky).then(console.log);
