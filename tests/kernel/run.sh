#!/usr/bin/env bash
# Drives the Framing C# kernel with real Jupyter clients (jupyter_client, nbconvert), started the way
# VS Code and JupyterLab start it: through a kernelspec installed by `framing kernel install` from the
# published CLI. The last line printed is exactly "N passed, M failed".
#
#   tests/kernel/run.sh                      # uses artifacts/framing (dotnet publish src/Framing.Cli -o artifacts/framing)
#   FRAMING_CLI=/path/to/framing tests/kernel/run.sh
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
name="${FRAMING_KERNEL_NAME:-framing-csharp}"

fail() {
  echo "kernel tests: $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

cli="${FRAMING_CLI:-}"
if [ -z "$cli" ]; then
  for candidate in "$root/artifacts/framing/framing" "$root/artifacts/framing/Framing.Cli" "$root/artifacts/framing/Framing.Cli.dll"; do
    if [ -f "$candidate" ]; then cli="$candidate"; break; fi
  done
fi
[ -n "$cli" ] || fail "no published CLI found; run: dotnet publish src/Framing.Cli -c Release -o artifacts/framing (or set FRAMING_CLI)"

# Debian's jupyter packages live in the system python, which may not be the first python3 on PATH.
python=""
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c "import jupyter_client, nbclient, nbformat, zmq" 2>/dev/null; then python="$candidate"; break; fi
done
[ -n "$python" ] || fail "jupyter_client/nbclient not importable; install python3-jupyter-client python3-nbclient jupyter-nbconvert"
command -v jupyter >/dev/null || fail "jupyter not on PATH; install jupyter-nbconvert"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
run_cli() { if [[ "$cli" == *.dll ]]; then dotnet "$cli" "$@"; else "$cli" "$@"; fi; }
run_cli kernel install --prefix "$tmp/prefix" --name "$name" >/dev/null \
  || fail "'framing kernel install --prefix $tmp/prefix --name $name' failed"
[ -f "$tmp/prefix/share/jupyter/kernels/$name/kernel.json" ] || fail "the kernelspec was not written"

export JUPYTER_PATH="$tmp/prefix/share/jupyter"
export JUPYTER_DATA_DIR="$tmp/data" JUPYTER_RUNTIME_DIR="$tmp/runtime" JUPYTER_CONFIG_DIR="$tmp/config"
export FRAMING_KERNEL_NAME="$name" FRAMING_CLI="$cli"
"$python" "$root/tests/kernel/run_tests.py"
