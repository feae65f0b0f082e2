async function load() {
  await null;
  const config = undefined;
  return config.port;
}
load();
