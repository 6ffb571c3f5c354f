#!/usr/bin/env bash
# The README's test command: every test project, then the Jupyter kernel tests when a Jupyter
# client is installed. Ends with one line "tests: N passed, M failed, K skipped".
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test Analysis.sln -c Release 2>&1 | tee "$log"
dotnet_rc=${PIPESTATUS[0]}

passed=0 failed=0 skipped=0
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\),.*/\1 \2 \3/p' "$log")

kernel_rc=0
if [ -x tests/kernel/run.sh ]; then
  if /usr/bin/python3 -c "import jupyter_client, nbclient" 2>/dev/null || python3 -c "import jupyter_client, nbclient" 2>/dev/null; then
    # The kernelspec starts a published build, as in the dev container, so publish first.
    dotnet publish src/Framing.Cli -c Release -o artifacts/framing --nologo >/dev/null
    tests/kernel/run.sh 2>&1 | tee "$log"
    kernel_rc=${PIPESTATUS[0]}
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1 || true)
    if [ -n "$line" ]; then
      p=$(echo "$line" | sed 's/^\([0-9]*\) passed.*/\1/'); f=$(echo "$line" | sed 's/.* \([0-9]*\) failed.*/\1/')
      passed=$((passed + p)); failed=$((failed + f))
    fi
  else
    echo "Kernel tests skipped: python3 with jupyter_client and nbclient is not installed (apt-get install python3-jupyter-client python3-nbclient jupyter-nbconvert)."
  fi
fi

echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$dotnet_rc" -ne 0 ] || [ "$kernel_rc" -ne 0 ]; then exit 1; fi
