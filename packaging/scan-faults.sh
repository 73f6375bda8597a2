#!/bin/bash
# The scanner's failure and cancel tests (tests/unit/scan/tst_scanfaults.cpp) against SANE's
# virtual device. Debian's test backend stops its reader thread with pthread_cancel and now and
# then deadlocks inside malloc when a scan is cut short, so each test function runs on its own
# with a limit, and one that hangs (not one that fails) is run again, up to three times.
#   packaging/scan-faults.sh        (after packaging/build.sh; CASEDESK_BUILD_DIR as there)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASEDESK_BUILD_DIR:-$root/build}
cmake --build "$build" --target tst_scanfaults
test=$build/tests/unit/tst_scanfaults
failed=0
for f in $("$test" -functions | sed 's/()$//'); do
  for attempt in 1 2 3; do
    set +e
    timeout 60 "$test" "$f" > "$build/scan-faults-$f.log" 2>&1
    rc=$?
    set -e
    [ $rc -ne 124 ] && break
    echo "$f: the test device hung (attempt $attempt), again"
  done
  if [ $rc -eq 0 ]; then
    echo "$f: passed"
  else
    echo "$f: FAILED (rc $rc), see $build/scan-faults-$f.log"
    failed=1
  fi
done
exit $failed
