#!/usr/bin/env bash
# Runs the editor tests inside a real VS Code (code-server's bundled VS Code server,
# driven in headless chromium; see test/editor/README.md). Installs that VS Code
# outside the repository on first use, builds the extension and the tests, and runs
# them on a temporary copy of the test workspace. Prints mocha's output; its exit
# status is the tests'.
set -euo pipefail
cd "$(dirname "$0")/.."
bash test/editor/setup-vscode.sh >/dev/null
npm run -s build
node scripts/build-editor-tests.mjs
ws=$(mktemp -d /tmp/appeal-lint-editor-ws.XXXXXX)
trap 'rm -rf "$ws"' EXIT
cp -r test/editor/workspace/. "$ws/"
cp examples/good.en.appeal.md examples/good.fr.appeal.md "$ws/"
mkdir -p "$ws/.vscode"
node test/editor/runTest.js test/editor/out/index.js "$ws"
