#!/usr/bin/env bash
# Idempotent setup of everything the build, the tests and the benchmark need.
# Installs, pinned, only what is missing; takes well under 2 s when all is there.
# See /work/shared/TOOLCHAIN.md (or the table in the README) for why each pin is what it is:
# no network beyond crates.io, npm, PyPI and Debian, so nothing may download its own binaries.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TRUNK_VERSION="0.21.14"
BINARYEN_MAJOR="132"
WASM_TARGET="wasm32-unknown-unknown"

ok()   { printf 'ok %s\n' "$*"; }
step() { printf 'installing %s\n' "$*"; }
die()  { printf 'setup: %s\n' "$*" >&2; exit 1; }

command -v cargo  >/dev/null || die "cargo not found (install Rust with rustup first)"
command -v rustup >/dev/null || die "rustup not found (needed for the $WASM_TARGET target)"
command -v node   >/dev/null || die "node not found (apt-get install nodejs npm)"
command -v npm    >/dev/null || die "npm not found (apt-get install npm)"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Rust target for the browser.
# rustfmt and clippy: `make test` keeps the code's habits (formatting, lints denied).
for component in rustfmt clippy; do
  if rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    ok "rust component $component"
  else
    step "rust component $component"
    rustup component add "$component"
  fi
done

if rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
  ok "rust target $WASM_TARGET"
else
  step "rust target $WASM_TARGET"
  rustup target add "$WASM_TARGET"
fi

# 2. Trunk, pinned (0.22.x needs a newer rustc than we have).
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_trunk" = "$TRUNK_VERSION" ]; then
  ok "trunk $TRUNK_VERSION"
else
  step "trunk $TRUNK_VERSION (cargo install --locked, ~8 min on 2 cores; found: ${have_trunk:-none})"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen CLI (+ wasm-bindgen-test-runner): exactly the wasm-bindgen version in Cargo.lock.
#    No --locked: one of its locked dependency versions is missing from the registry.
if [ ! -f Cargo.lock ]; then
  step "Cargo.lock (cargo generate-lockfile)"
  cargo generate-lockfile
fi
wbg_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$wbg_version" ] || die "no wasm-bindgen package in Cargo.lock"
have_wbg="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
have_runner="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_wbg" = "$wbg_version" ] && [ "$have_runner" = "$wbg_version" ]; then
  ok "wasm-bindgen-cli $wbg_version"
else
  step "wasm-bindgen-cli $wbg_version (cargo install, ~3 min; found: ${have_wbg:-none})"
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

# Debian packages: refresh the package lists once per run, and only when something is missing.
apt_updated=
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root apt-get install -y -qq "$@"
}

# 4. Chromium and its driver from Debian (Playwright's own browser downloads cannot work here).
installed_debs="$(dpkg-query -W -f='${Status}\n' chromium chromium-driver 2>/dev/null | grep -c '^install ok installed$' || true)"
if [ "$installed_debs" != 2 ] || [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  step "chromium chromium-driver (apt-get)"
  apt_install chromium chromium-driver
else
  ok "chromium $(dpkg-query -W -f='${Version}' chromium)"
fi

# 5. Firefox ESR from Debian, for the Firefox end-to-end layer (tests/firefox/, driven by
#    puppeteer-core over WebDriver BiDi; Playwright's patched Firefox cannot be downloaded here).
if [ "$(dpkg-query -W -f='${Status}' firefox-esr 2>/dev/null || true)" != "install ok installed" ] ||
   [ ! -x /usr/bin/firefox-esr ]; then
  step "firefox-esr (apt-get)"
  apt_install firefox-esr
else
  ok "firefox-esr $(dpkg-query -W -f='${Version}' firefox-esr)"
fi

# 5b. zbarimg from Debian's zbar-tools: the end-to-end tests decode the QR code shown on screen.
if [ "$(dpkg-query -W -f='${Status}' zbar-tools 2>/dev/null || true)" != "install ok installed" ] ||
   ! command -v zbarimg >/dev/null; then
  step "zbar-tools (apt-get)"
  apt_install zbar-tools
else
  ok "zbar-tools $(dpkg-query -W -f='${Version}' zbar-tools)"
fi

# 5c. LibreOffice Calc (headless) reads the exported CSV back in the end-to-end tests; nginx
#     serves the build under a sub-path for the deployment tests (scripts/nginx-test.mjs);
#     Ghostscript draws the printed note as an image for `make screenshots`.
for deb in libreoffice-calc-nogui nginx ghostscript; do
  if [ "$(dpkg-query -W -f='${Status}' "$deb" 2>/dev/null || true)" != "install ok installed" ]; then
    step "$deb (apt-get)"
    apt_install "$deb"
  else
    ok "$deb $(dpkg-query -W -f='${Version}' "$deb")"
  fi
done

# 6. Node packages from the committed lock file; re-run only when the lock is newer than the stamp.
#    Neither Playwright nor Puppeteer may download browsers: they use Debian's.
stamp="node_modules/.setup-stamp"
if [ -f "$stamp" ] && [ ! package-lock.json -nt "$stamp" ]; then
  ok "node_modules (package-lock.json unchanged)"
else
  step "node_modules (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi

# 7. wasm-opt comes from the npm package binaryen (Debian's is too old for rustc's output).
binaryen_version="$(node -p 'require("./node_modules/binaryen/package.json").version' 2>/dev/null || true)"
case "$binaryen_version" in
  "$BINARYEN_MAJOR".*) [ -x node_modules/.bin/wasm-opt ] || die "node_modules/.bin/wasm-opt missing"
                       ok "wasm-opt (binaryen $binaryen_version)" ;;
  *) die "binaryen $BINARYEN_MAJOR.x expected in node_modules, found '${binaryen_version:-none}' (check package.json)" ;;
esac
