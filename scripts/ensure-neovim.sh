#!/bin/sh
# The editor test (packages/cli/test/lsp-neovim.test.ts) drives Debian's neovim, headless, as an LSP client.
# `pnpm test` installs it when it is missing and this is a root shell with apt-get (CI, a fresh box);
# otherwise it says how, and the editor test fails with the same advice.
command -v nvim >/dev/null 2>&1 && exit 0
[ -n "${ECHT_NVIM:-}" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "echt tests: installing Debian's neovim for the editor test (log: /tmp/echt-neovim-install.log)" >&2
  if ! (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends neovim) >/tmp/echt-neovim-install.log 2>&1; then
    tail -20 /tmp/echt-neovim-install.log >&2
    exit 1
  fi
else
  echo "echt tests: nvim not found; the editor test needs it: sudo apt-get install neovim (or set ECHT_NVIM)" >&2
fi
