#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: CHROMIUM_PATH, Debian's /usr/bin/chromium,
# or one Playwright installed itself. Never downloads a browser through Playwright: those
# downloads fail on the CI machines, so it installs Debian's package when it can.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then echo "browser: $CHROMIUM_PATH (CHROMIUM_PATH)"; exit 0; fi
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, but no executable is there." >&2
  exit 1
fi
if [[ -x /usr/bin/chromium ]]; then echo "browser: /usr/bin/chromium"; exit 0; fi

own=$(node -e "const fs=require('fs');const p=require('playwright-core').chromium.executablePath();process.stdout.write(fs.existsSync(p)?p:'')" 2>/dev/null || true)
if [[ -n "$own" ]]; then echo "browser: $own (Playwright's own)"; exit 0; fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "No Chromium found: installing Debian's chromium package."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  echo "browser: /usr/bin/chromium"
  exit 0
fi

echo "No Chromium found. Install one with:  sudo apt-get install -y chromium" >&2
echo "(or set CHROMIUM_PATH to a Chromium or Chrome executable)" >&2
exit 1
