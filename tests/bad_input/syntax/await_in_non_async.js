function load() {
  const data = fetchData();
  await data;
  return data;
}
