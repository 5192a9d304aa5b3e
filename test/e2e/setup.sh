#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's chromium, emoji fonts and ripgrep (apt), and
# code-server (real VS Code 1.96 workbench served on loopback) from the npm registry into
# $REPO/.cache/e2e/code-server. Idempotent: apt is skipped when the packages are present, and
# code-server is skipped when its marker file says the install for this version is complete.
#
# Works with only the npm registry and Debian apt reachable:
#   - code-server is installed with --ignore-scripts (its postinstall would fetch a git dependency
#     and prebuilt binaries); this script does that postinstall's work by hand:
#   - lib/vscode/npm-shrinkwrap.json's git-hosted @vscode/proxy-agent is pointed at the registry
#     tarball of the same version;
#   - the native modules are rebuilt from source with node-gyp (Node's own headers);
#   - @vscode/ripgrep's binary (normally downloaded) is a link to Debian's /usr/bin/rg.
#
# Usage: bash test/e2e/setup.sh        (env FORCE=1 reinstalls code-server)
set -Eeuo pipefail

CS_VERSION="4.96.4"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/../.." && pwd)"
E2E_DIR="$REPO/.cache/e2e"
DEST="$E2E_DIR/code-server"
STAGE="$E2E_DIR/code-server.partial"
MARKER="$DEST/.e2e-setup-complete"
APT_PACKAGES=(chromium fonts-noto-color-emoji ripgrep)

CURRENT_STEP="(start)"
STEP_START=0
TOTAL_START=$(date +%s.%N)

LOG_DIR="$E2E_DIR/setup-logs"
LAST_LOG=""
on_error() {
  local rc=$?
  echo "" >&2
  if [[ -n "$LAST_LOG" && -f "$LAST_LOG" ]]; then
    echo "---- last 40 lines of $LAST_LOG ----" >&2
    tail -n 40 "$LAST_LOG" >&2
    echo "----" >&2
  fi
  echo "setup.sh: FAILED at step '$CURRENT_STEP' (exit code $rc, line ${BASH_LINENO[0]})" >&2
  exit "$rc"
}
trap on_error ERR

elapsed() { # elapsed seconds since $1, one decimal
  awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}
logged() { # logged NAME CMD...: runs CMD with its (long) output in $LOG_DIR/NAME.log
  mkdir -p "$LOG_DIR"
  LAST_LOG="$LOG_DIR/$1.log"
  shift
  "$@" >"$LAST_LOG" 2>&1
  LAST_LOG=""
}
step() { # step NAME: ends the previous step (printing its time) and starts NAME
  end_step
  CURRENT_STEP="$1"
  STEP_START=$(date +%s.%N)
  echo "==> $CURRENT_STEP"
}
end_step() {
  if [[ "$STEP_START" != 0 ]]; then
    echo "    ($CURRENT_STEP: $(elapsed "$STEP_START")s)"
    STEP_START=0
  fi
}

# ---------------------------------------------------------------------------------------------
step "check prerequisites (node 20, npm, python3/make/g++ for node-gyp, node headers)"
for tool in node npm python3 make g++; do
  command -v "$tool" >/dev/null || { echo "$tool not found (needed to install/build code-server)" >&2; false; }
done
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$NODE_MAJOR" != "20" ]]; then
  echo "code-server $CS_VERSION needs Node 20 (its native modules are built for the running node); found $(node -v)" >&2
  false
fi
# node-gyp must build against Node's own headers (it cannot download them here). This machine's
# npm is configured with nodedir=/usr; set it when that config is missing but the headers exist.
NODEDIR="$(npm config get nodedir 2>/dev/null || true)"
if [[ -z "$NODEDIR" || "$NODEDIR" == "undefined" || "$NODEDIR" == "null" ]]; then
  NODE_PREFIX="$(dirname "$(dirname "$(command -v node)")")"
  if [[ -f "$NODE_PREFIX/include/node/node.h" ]]; then
    export npm_config_nodedir="$NODE_PREFIX"
    echo "    npm nodedir not set; using $NODE_PREFIX (has include/node/node.h)"
  else
    echo "    warning: npm nodedir not set and no Node headers at $NODE_PREFIX/include/node; node-gyp may try to download them" >&2
  fi
fi

# ---------------------------------------------------------------------------------------------
step "apt packages: ${APT_PACKAGES[*]}"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  echo "    all present, skipping apt"
else
  echo "    missing: ${missing[*]}"
  SUDO=""
  if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
  logged apt-get-update $SUDO apt-get update
  logged apt-get-install env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
test -x /usr/bin/chromium || { echo "/usr/bin/chromium missing after apt" >&2; false; }
test -x /usr/bin/rg || { echo "/usr/bin/rg missing after apt" >&2; false; }

# ---------------------------------------------------------------------------------------------
if [[ "${FORCE:-}" != "1" && -f "$MARKER" && "$(cat "$MARKER")" == "code-server@$CS_VERSION node$NODE_MAJOR" ]]; then
  step "code-server $CS_VERSION"
  echo "    already complete ($MARKER), skipping"
  end_step
  echo "setup.sh: done in $(elapsed "$TOTAL_START")s (cached)"
  exit 0
fi

# Everything is built in $STAGE and moved to $DEST only when complete, so an interrupted run
# leaves no half-installed code-server behind the marker.
step "npm install code-server@$CS_VERSION --ignore-scripts"
rm -rf "$STAGE"
mkdir -p "$STAGE"
echo '{ "name": "e2e-code-server", "private": true }' >"$STAGE/package.json"
npm install --prefix "$STAGE" --ignore-scripts --no-audit --no-fund --loglevel=error \
  "code-server@$CS_VERSION"
CS="$STAGE/node_modules/code-server"
VS="$CS/lib/vscode"
test -f "$CS/out/node/entry.js"

# ---------------------------------------------------------------------------------------------
step "lib/vscode: point @vscode/proxy-agent at the registry tarball"
PROXY_AGENT_VERSION="$(node -p 'require(process.argv[1]).packages["node_modules/@vscode/proxy-agent"].version' "$VS/npm-shrinkwrap.json")"
PROXY_AGENT_TARBALL="$(npm view "@vscode/proxy-agent@$PROXY_AGENT_VERSION" dist.tarball)"
test -n "$PROXY_AGENT_TARBALL"
echo "    @vscode/proxy-agent@$PROXY_AGENT_VERSION -> $PROXY_AGENT_TARBALL"
node - "$VS/npm-shrinkwrap.json" "$PROXY_AGENT_TARBALL" <<'EOF'
const fs = require('fs');
const [file, tarball] = process.argv.slice(2);
const sw = JSON.parse(fs.readFileSync(file, 'utf8'));
const entry = sw.packages['node_modules/@vscode/proxy-agent'];
entry.resolved = tarball;
delete entry.integrity;
const left = Object.entries(sw.packages).filter(([, v]) => /^git/.test(v.resolved || ''));
if (left.length) throw new Error('other git-hosted deps left: ' + left.map(([k]) => k).join(', '));
fs.writeFileSync(file, JSON.stringify(sw, null, 2) + '\n');
EOF

# ---------------------------------------------------------------------------------------------
step "lib/vscode: npm install --omit=dev --ignore-scripts"
(cd "$VS" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)

# ---------------------------------------------------------------------------------------------
step "lib/vscode: npm rebuild native modules (spdlog, node-pty, parcel watcher, native-watchdog, deviceid)"
logged rebuild-vscode-native bash -c 'cd "$1" && npm rebuild --foreground-scripts --loglevel=error \
  @vscode/spdlog node-pty @parcel/watcher native-watchdog @vscode/deviceid' _ "$VS"

# ---------------------------------------------------------------------------------------------
step "code-server: npm rebuild argon2"
# argon2's install script (node-pre-gyp) first tries to download a prebuilt binary, which fails
# here, then builds from source (--fallback-to-build).
logged rebuild-argon2 bash -c 'cd "$1" && npm rebuild --foreground-scripts --loglevel=error argon2' _ "$STAGE"

# ---------------------------------------------------------------------------------------------
step "lib/vscode: link Debian's rg as @vscode/ripgrep's binary"
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
ln -sfn /usr/bin/rg "$VS/node_modules/@vscode/ripgrep/bin/rg"

# ---------------------------------------------------------------------------------------------
step "code-server postinstall equivalents (node_modules.asar, bin links, built-in extensions' deps)"
# What code-server's own postinstall.sh does besides `npm install`.
ln -sfn node_modules "$VS/node_modules.asar"
ln -sfn code-linux.sh "$VS/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VS/bin/helpers/browser.sh"
(cd "$VS/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error \
  && node ./postinstall.mjs >/dev/null)

# ---------------------------------------------------------------------------------------------
step "verify native modules load and code-server runs"
(cd "$VS" && node --input-type=module -e '
  import { createRequire } from "module";
  const require = createRequire(process.cwd() + "/");
  for (const m of ["@vscode/spdlog", "node-pty", "@parcel/watcher", "native-watchdog", "@vscode/deviceid"]) {
    require(m);
  }
  console.log("    lib/vscode native modules load");
')
(cd "$STAGE" && node -e 'require("argon2"); console.log("    argon2 loads")')
(cd "$VS" && node -e '
  const v = require("./node_modules/@vscode/proxy-agent/package.json").version;
  if (v !== process.argv[1]) throw new Error("@vscode/proxy-agent " + v + " installed, expected " + process.argv[1]);
  console.log("    @vscode/proxy-agent " + v + " installed");
' "$PROXY_AGENT_VERSION")
# sed reads rg's whole output: `head -1` exits after the first line, and rg, writing the next ones, then
# fails with "broken pipe" (and pipefail fails the step) when head has gone first.
"$VS/node_modules/@vscode/ripgrep/bin/rg" --version | sed -n '1s/^/    /p'
# XDG dirs pointed inside the stage so that nothing is written to ~/.config/code-server.
VERIFY_HOME="$STAGE/.verify-home"
XDG_CONFIG_HOME="$VERIFY_HOME/config" XDG_DATA_HOME="$VERIFY_HOME/data" \
  node "$CS/out/node/entry.js" --version 2>&1 | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | sed 's/^/    code-server /'
rm -rf "$VERIFY_HOME"

# ---------------------------------------------------------------------------------------------
step "move into place and write marker"
rm -rf "$DEST"
mv "$STAGE" "$DEST"
echo "code-server@$CS_VERSION node$NODE_MAJOR" >"$MARKER"
echo "    $DEST"
end_step
echo "setup.sh: done in $(elapsed "$TOTAL_START")s"
