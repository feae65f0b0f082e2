#!/bin/sh
# Regenerates the expected outputs with Node (never with minijs).
cd "$(dirname "$0")" || exit 1
for f in *.js; do
  { echo 'globalThis.print = (...a) => console.log(a.map(String).join(" "));'; cat "$f"; } > /tmp/minijs-lang-node.js
  node /tmp/minijs-lang-node.js > "${f%.js}.out" 2>&1
done
