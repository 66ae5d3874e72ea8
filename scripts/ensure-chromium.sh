#!/bin/sh
# The browser tests (packages/cli/test/browser) drive Debian's chromium through playwright-core.
# `pnpm test` installs it when it is missing and this is a root shell with apt-get (CI, a fresh box);
# otherwise it says how, and the browser tests fail with the same advice.
command -v chromium >/dev/null 2>&1 && exit 0
[ -n "${ECHT_CHROMIUM:-}" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "echt tests: installing Debian's chromium for the browser tests (log: /tmp/echt-chromium-install.log)" >&2
  if ! (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium) >/tmp/echt-chromium-install.log 2>&1; then
    tail -20 /tmp/echt-chromium-install.log >&2
    exit 1
  fi
else
  echo "echt tests: chromium not found; the browser tests need it: sudo apt-get install chromium (or set ECHT_CHROMIUM)" >&2
fi
