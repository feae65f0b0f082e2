#!/usr/bin/env bash
# Benchmarks minijs (release build) against Node and, when on PATH, QuickJS (`qjs`) and Boa (`boa`).
#
#   bench/run.sh [-n RUNS] [bench.js ...]      # default: 5 runs of every bench/*.js
#
# Each program prints a checksum; an engine whose checksum differs from Node's is flagged, and an engine
# that fails a program (e.g. no `require` in qjs/boa for als_await.js) is reported as n/a. The table shows
# the median wall time per engine and its ratio to Node's median. minijs is built with
# `cargo build --release -p minijs` (honouring CARGO_TARGET_DIR) unless MINIJS_BIN points at a binary;
# NODE overrides the `node` found on PATH.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs=5
if [[ "${1:-}" == "-n" ]]; then runs="$2"; shift 2; fi
benches=("$@")
if [[ ${#benches[@]} -eq 0 ]]; then benches=("$here"/*.js); fi

if [[ -z "${MINIJS_BIN:-}" ]]; then
  (cd "$root" && cargo build --release -p minijs --quiet) || { echo "cargo build --release -p minijs failed" >&2; exit 1; }
  MINIJS_BIN="${CARGO_TARGET_DIR:-$root/target}/release/minijs"
fi
node="${NODE:-$(command -v node || true)}"

# engine name -> command prefix (the program path is appended)
engines=("minijs")
declare -A command=([minijs]="$MINIJS_BIN run")
if [[ -n "$node" ]]; then engines+=("node"); command[node]="$node"; fi
if command -v qjs >/dev/null; then engines+=("qjs"); command[qjs]="qjs --std"; fi
if command -v boa >/dev/null; then engines+=("boa"); command[boa]="boa"; fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }

printf '%-18s %-8s %10s %8s  %s\n' "benchmark" "engine" "median s" "x node" "checksum"
for bench in "${benches[@]}"; do
  name="$(basename "$bench" .js)"
  declare -A med=() sum=()
  for engine in "${engines[@]}"; do
    times=()
    output=""
    ok=1
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s.%N)
      if ! output="$(cd "$here" && ${command[$engine]} "$bench" 2>/dev/null)"; then ok=0; break; fi
      end=$(date +%s.%N)
      times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }')")
    done
    if [[ $ok -eq 0 ]]; then
      med[$engine]=""
      sum[$engine]="n/a (failed)"
      continue
    fi
    med[$engine]="$(printf '%s\n' "${times[@]}" | median)"
    sum[$engine]="$(printf '%s' "$output" | tail -n 1 | awk '{ print $NF }')"
  done
  for engine in "${engines[@]}"; do
    m="${med[$engine]}"
    ratio="-"
    if [[ -n "$m" && -n "${med[node]:-}" ]]; then ratio="$(awk -v a="$m" -v b="${med[node]}" 'BEGIN { printf "%.1f", a / b }')"; fi
    check="${sum[$engine]}"
    if [[ -n "${sum[node]:-}" && "$engine" != "node" && -n "$m" && "$check" != "${sum[node]}" ]]; then
      check="$check  MISMATCH (node: ${sum[node]})"
    fi
    printf '%-18s %-8s %10s %8s  %s\n' "$name" "$engine" "${m:+$(printf '%.3f' "$m")}" "$ratio" "$check"
  done
  unset med sum
done
