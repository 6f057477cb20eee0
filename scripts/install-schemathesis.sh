#!/usr/bin/env bash
# Installs schemathesis, the HTTP API fuzzer test/api/schemathesis.test.ts runs against the
# trigger, into the ignored .tools/schemathesis venv at the versions pinned in
# scripts/schemathesis-requirements.txt. Called by `npm test`; does nothing when exactly those
# versions are installed already.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.tools/schemathesis
requirements=scripts/schemathesis-requirements.txt
installed="$venv/installed-requirements.txt"
if cmp -s "$requirements" "$installed"; then
  exit 0
fi
echo "install-schemathesis: installing $(grep '^schemathesis==' "$requirements") into $venv" >&2
rm -rf "$venv"
# Debian's Python, not the first python3 on PATH: pyenv's 3.11.7 crashes inside hypothesis now and
# then ("SystemError: AST constructor recursion depth mismatch" from ast.parse, a CPython bug).
/usr/bin/python3 -m venv "$venv"
"$venv/bin/python" -m pip install --disable-pip-version-check --no-input -q -r "$requirements"
cp "$requirements" "$installed"
