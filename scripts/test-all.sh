#!/usr/bin/env bash
# Runs every test suite and ends with one line "N passed, N failed" summing them all.
# Suites: type check, unit tests (mocha, in-process), then the suites of the build
# (protocol test over stdio, grammar, editor tests in a real VS Code) when present.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
status=0

run_mocha() { # $1 = name, rest = mocha args; counts come from mocha's own summary lines
  local name=$1; shift
  local log; log=$(mktemp)
  echo "== $name"
  npx mocha --reporter dot "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -Eo '^ *[0-9]+ passing' "$log" | grep -Eo '[0-9]+' | tail -1)
  f=$(grep -Eo '^ *[0-9]+ failing' "$log" | grep -Eo '[0-9]+' | tail -1)
  p=${p:-0}; f=${f:-0}
  # A run that failed without a test failing (a crash, a syntax error) counts as one failure.
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -gt 0 ] && status=1
  rm -f "$log"
}

echo "== type check"
if npx tsc -b; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

echo "== build"
if npm run -s build; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

run_mocha "unit" 'test/unit/**/*.test.ts'
run_mocha "protocol (built server over stdio)" 'test/protocol/**/*.test.ts'

echo "== grammar (vscode-tmgrammar-test)"
glog=$(mktemp)
npm run -s test:grammar 2>&1 | tee "$glog"
grc=${PIPESTATUS[0]}
gp=$(grep -c '✓' "$glog"); gf=$(grep -c '✖' "$glog")
if [ "$grc" -ne 0 ] && [ "$gf" -eq 0 ]; then gf=1; fi
passed=$((passed + gp)); failed=$((failed + gf)); [ "$gf" -gt 0 ] && status=1
rm -f "$glog"

echo "== editor tests in a real VS Code"
elog=$(mktemp)
bash scripts/test-editor.sh 2>&1 | tee "$elog"
erc=${PIPESTATUS[0]}
ep=$(grep -Eo '^ *[0-9]+ passing' "$elog" | grep -Eo '[0-9]+' | tail -1); ep=${ep:-0}
ef=$(grep -Eo '^ *[0-9]+ failing' "$elog" | grep -Eo '[0-9]+' | tail -1); ef=${ef:-0}
if [ "$erc" -ne 0 ] && [ "$ef" -eq 0 ]; then ef=1; fi
passed=$((passed + ep)); failed=$((failed + ef)); [ "$ef" -gt 0 ] && status=1
rm -f "$elog"

echo "== browser test (playwright, the packaged extension in code-server)"
ulog=$(mktemp)
node test/editor/ui-test.js 2>&1 | tee "$ulog"
urc=${PIPESTATUS[0]}
uline=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$ulog" | tail -1)
up=$(echo "$uline" | grep -Eo '^[0-9]+'); up=${up:-0}
uf=$(echo "$uline" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/'); uf=${uf:-0}
if [ "$urc" -ne 0 ] && [ "$uf" -eq 0 ]; then uf=1; fi
passed=$((passed + up)); failed=$((failed + uf)); [ "$uf" -gt 0 ] && status=1
rm -f "$ulog"

echo "$passed passed, $failed failed"
exit $status
