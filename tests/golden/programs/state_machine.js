function* trafficLight() {
  while (true) {
    yield "green";
    yield "yellow";
    yield "red";
  }
}
const light = trafficLight();
console.log(Array.from({ length: 5 }, () => light.next().value).join(" -> "));
const transitions = {
  idle: { start: "running" },
  running: { pause: "paused", stop: "idle" },
  paused: { resume: "running", stop: "idle" },
};
let state = "idle";
for (const action of ["start", "pause", "jump", "resume", "stop"]) {
  const next = transitions[state][action];
  console.log(`${state} --${action}--> ${next ?? "(invalid)"}`);
  if (next) state = next;
}
