#!/usr/bin/env bash
# Entry of the `echt` pre-commit hook: builds echt once inside pre-commit's clone of this
# repository (Node 20+ must be installed), then checks the staged files pre-commit passes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/packages/cli/dist/cli.js" ]; then
  echo "echt: building echt once for pre-commit (in $here)" >&2
  (cd "$here" && npx -y pnpm@10 install --frozen-lockfile && npx -y pnpm@10 build) >&2
fi
exec node "$here/packages/cli/bin/echt.js" check "$@"
