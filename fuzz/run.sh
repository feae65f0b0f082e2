#!/usr/bin/env bash
# Runs the fuzz targets one after another, each for SECONDS, seeded from every corpus we have
# (tests/, and the third-party suites in ../shared). Needs cargo-fuzz (`cargo install cargo-fuzz`);
# works on stable with RUSTC_BOOTSTRAP=1.
#
#   fuzz/run.sh SECONDS [TARGET...]        targets: lex parse compile run (default: all four)
#
# New inputs go to fuzz/corpus/TARGET, crashes to fuzz/artifacts/TARGET (both ignored by git). Each
# target's CPU time is printed and appended to fuzz/cpu-time.log, so hours can be added up honestly.
# libFuzzer's -timeout is wall-clock time, so it is generous (300 s): fuel and heap caps are what bound a
# run, and a fuzzer niced below other work would otherwise report false timeouts.
# A crash becomes a regression test: copy the input to tests/fuzz-regressions/TARGET/ (see the
# README there), fix it, and `cargo test -p minijs --test fuzz_regressions` keeps it fixed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
shared="${MINIJS_SHARED_DIR:-$(dirname "$root")/shared}"
seconds="${1:?usage: fuzz/run.sh SECONDS [TARGET...]}"
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lex parse compile run)

export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$here/target}"
cd "$here"
cargo fuzz build -O

seeds=("$root/tests")
for dir in "$shared/test262/test" "$shared/node-tests/test" "$shared/workerd-tests/src"; do
  [ -d "$dir" ] && seeds+=("$dir")
done

status=0
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target" "artifacts/$target"
  existing=()
  for dir in "${seeds[@]}"; do [ -d "$dir" ] && existing+=("$dir"); done
  echo "== $target for ${seconds}s"
  start=$(date +%s)
  if /usr/bin/time -f "%U %S" -o "artifacts/$target.cpu" \
      cargo fuzz run -O "$target" "corpus/$target" "${existing[@]}" -- \
      -max_total_time="$seconds" -max_len=16384 -timeout=300 -rss_limit_mb=3072 \
      -artifact_prefix="artifacts/$target/" -print_final_stats=1 2> "artifacts/$target.log"; then
    result=ok
  else
    result=CRASH
    status=1
  fi
  # /usr/bin/time puts "Command exited with non-zero status N" first when the fuzzer stops on a finding.
  read -r user sys < <(tail -n 1 "artifacts/$target.cpu") || { user=0; sys=0; }
  cpu=$(echo "$user + $sys" | bc)
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "artifacts/$target.log" | grep -o '[0-9]*$' || echo "?")
  line="$(date -u +%FT%TZ) $target $result wall=$(( $(date +%s) - start ))s cpu=${cpu}s runs=$runs"
  echo "$line" | tee -a "$here/cpu-time.log"
  if [ "$result" = CRASH ]; then
    tail -40 "artifacts/$target.log"
    ls "artifacts/$target"
  fi
done
exit $status
