#!/usr/bin/env bash
# Runs every test project. Installs and starts what the tests need first (scripts/setup.sh --tests).
# Ends with one line: "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
scripts/setup.sh --tests || { echo "0 passed, 1 failed"; exit 1; }

log="$(mktemp)"
dotnet build Sitrep.slnx -c Release --nologo -v quiet 2>&1 | tee "$log" | grep -E "error|Error" | head -50
build=${PIPESTATUS[0]}
if [ "$build" != 0 ]; then
  cat "$log" | tail -40
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Sitrep.slnx -c Release --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]
