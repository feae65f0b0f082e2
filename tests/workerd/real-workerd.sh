#!/usr/bin/env bash
# Runs the same 9 modules under the real workerd, to confirm what a case does there (all 44 pass with
# workerd 2026-11-17). The configs are copied, since workerd requires a compatibilityDate the originals
# leave to workerd's own test rule; "2000-01-01" is that rule's default variant (only the listed flags).
#
#   tests/workerd/real-workerd.sh [module-name-filter]
#
# workerd: $WORKERD if set, else the npm package @cloudflare/workerd-linux-64 installed into
# ${WORKERD_NPM_DIR:-$HOME/.cache/minijs-workerd} on first use.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${MINIJS_SHARED_DIR:-$here/../../../shared}"
api="$shared/workerd-tests/src/workerd/api"

workerd="${WORKERD:-}"
if [[ -z "$workerd" ]]; then
  prefix="${WORKERD_NPM_DIR:-$HOME/.cache/minijs-workerd}"
  workerd="$prefix/node_modules/@cloudflare/workerd-linux-64/bin/workerd"
  if [[ ! -x "$workerd" ]]; then
    mkdir -p "$prefix"
    npm install --silent --prefix "$prefix" @cloudflare/workerd-linux-64 >&2
  fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$api"/tests/*.js "$api"/tests/*.wd-test "$api"/node/tests/*.js "$api"/node/tests/*.wd-test "$work"/
chmod -R u+w "$work"
status=0
for config in "$work"/*.wd-test; do
  [[ -n "${1:-}" && "$config" != *"$1"* ]] && continue
  sed -i 's/^\(\s*\)compatibilityFlags/\1compatibilityDate = "2000-01-01",\n\1compatibilityFlags/' "$config"
  echo "== $(basename "$config")"
  (cd "$work" && "$workerd" test "$(basename "$config")" 2>&1) | sed -n 's/.*\[ \(PASS\|FAIL\) \] /\1 /p' || status=1
done
exit "$status"
