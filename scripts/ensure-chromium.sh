#!/usr/bin/env bash
# The browser test drives Debian's Chromium (playwright-core cannot download a browser here).
# On a fresh Debian machine as root, install it; elsewhere, say how.
set -euo pipefail
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "test:browser: installing Debian's chromium (once)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "test:browser: no Chromium at $CHROMIUM. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM=/path/to/chrome." >&2
exit 1
