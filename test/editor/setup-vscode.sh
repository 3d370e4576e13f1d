#!/usr/bin/env bash
# Installs a real VS Code (the VS Code server bundled in the npm package
# code-server) OUTSIDE the repository, for the editor tests in test/editor/.
# Idempotent: when everything is already there it only prints the path.
#
#   bash test/editor/setup-vscode.sh
#
# Output: the LAST line of stdout is the absolute path of the VS Code server
# entry point (.../lib/vscode/out/server-main.js); the same path is also
# written to "$APPEAL_LINT_CACHE/vscode-server-path". Progress goes to stderr.
#
# Env:
#   APPEAL_LINT_CACHE   cache root (default: $HOME/.cache/appeal-lint);
#                       code-server goes to $APPEAL_LINT_CACHE/code-server
#   APPEAL_LINT_FORCE=1 reinstall code-server even if the stamp says it's there
#
# Network: only Debian apt and the npm registry. The one binary code-server
# would fetch from elsewhere (ripgrep, by @vscode/ripgrep's postinstall) is
# served from Debian's ripgrep via the cache path that postinstall reads first.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# Pinned by code-server 4.100.3 (lib/vscode -> @vscode/ripgrep 1.15.11 -> rg v13.0.0-10).
VSCODE_RIPGREP_VERSION=1.15.11
RIPGREP_PREBUILT_TAG=v13.0.0-10

CACHE="${APPEAL_LINT_CACHE:-$HOME/.cache/appeal-lint}"
PREFIX="$CACHE/code-server"
STAMP="$PREFIX/.appeal-lint-installed"
SERVER_MAIN="$PREFIX/node_modules/code-server/lib/vscode/out/server-main.js"
PATH_FILE="$CACHE/vscode-server-path"
APT_PACKAGES=(chromium libkrb5-dev ripgrep build-essential python3)

log() { printf '[setup-vscode] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

command -v node >/dev/null || die "node is not on PATH (Node 20 is needed for code-server $CODE_SERVER_VERSION)"
command -v npm >/dev/null || die "npm is not on PATH"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || die "code-server $CODE_SERVER_VERSION needs Node 20; found $(node --version)"
# Native modules are built for this Node ABI: a different ABI means a reinstall.
STAMP_CONTENT="code-server@$CODE_SERVER_VERSION node-abi=$(node -p process.versions.modules) arch=$(uname -m)"

# --- 1. Debian packages -------------------------------------------------------
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }
missing=()
for p in "${APT_PACKAGES[@]}"; do
  pkg_installed "$p" && continue
  # node-gyp only needs a python3 on PATH; a non-Debian one (pyenv...) does too.
  [ "$p" = python3 ] && command -v python3 >/dev/null && continue
  missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${missing[*]}"
    log "install them as root, then run this script again:"
    log "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
    exit 2
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after installing the chromium package"

# --- 2. code-server (npm) -----------------------------------------------------
mkdir -p "$CACHE"
exec 9>"$CACHE/.setup.lock"
flock 9   # two setups at once would trample each other's npm install

if [ "${APPEAL_LINT_FORCE:-0}" != 1 ] && [ -f "$SERVER_MAIN" ] && [ -f "$STAMP" ] \
   && [ "$(cat "$STAMP")" = "$STAMP_CONTENT" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
else
  log "installing code-server@$CODE_SERVER_VERSION into $PREFIX (npm registry only; ~1 min)"
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  printf '{ "name": "appeal-lint-vscode", "private": true }\n' > "$PREFIX/package.json"

  # @vscode/ripgrep's postinstall uses a tarball in os.tmpdir() before asking GitHub.
  case "$(uname -m)" in
    x86_64) rg_targets=(x86_64-unknown-linux-musl) ;;
    aarch64) rg_targets=(aarch64-unknown-linux-musl aarch64-unknown-linux-gnu) ;;
    *) die "unsupported architecture $(uname -m)" ;;
  esac
  rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION"
  mkdir -p "$rg_cache"
  rg_bin="$(command -v rg)" || die "rg not found (Debian package ripgrep)"
  for t in "${rg_targets[@]}"; do
    tar -czf "$rg_cache/ripgrep-$RIPGREP_PREBUILT_TAG-$t.tar.gz" -C "$(dirname "$rg_bin")" rg
  done

  (
    cd "$PREFIX"
    export npm_config_yes=true           # node-pty's postinstall runs `npx node-gyp`
    export npm_config_unsafe_perm=true   # code-server's postinstall refuses root otherwise
    export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
    npm install --no-save --omit=dev --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
  ) || die "npm install code-server@$CODE_SERVER_VERSION failed (see above)"
  for t in "${rg_targets[@]}"; do rm -f "$rg_cache/ripgrep-$RIPGREP_PREBUILT_TAG-$t.tar.gz"; done
  rmdir "$rg_cache" 2>/dev/null || true

  [ -f "$SERVER_MAIN" ] || die "install finished but $SERVER_MAIN is missing"
  rg_installed="$PREFIX/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  [ -x "$rg_installed" ] || die "ripgrep was not placed at $rg_installed"
  printf '%s\n' "$STAMP_CONTENT" > "$STAMP"
  log "installed ($(du -sh "$PREFIX" | cut -f1))"
fi

printf '%s\n' "$SERVER_MAIN" > "$PATH_FILE"
printf '%s\n' "$SERVER_MAIN"
