#!/bin/bash
# The whole test suite under sanitizers, in a build of its own:
#   packaging/sanitize.sh address   AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)
#   packaging/sanitize.sh thread    ThreadSanitizer (build-tsan/)
# Extra arguments go to ctest (-R NAME, say). Every finding fails its test; the suppressions in
# tests/sanitizers/ are for Qt and system libraries only, each with why. A cold build takes
# about 30 minutes on 2 cores, the tests 5 to 15 more: too long for CI, so it is run by hand
# and its result written in docs/security.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${1:-address}
[ $# -gt 0 ] && shift
supp=$root/tests/sanitizers
case $kind in
  address)
    export CASEDESK_SANITIZE=address,undefined CASEDESK_BUILD_DIR=${CASEDESK_BUILD_DIR:-$root/build-asan}
    export ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
    export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp ;;
  thread)
    export CASEDESK_SANITIZE=thread CASEDESK_BUILD_DIR=${CASEDESK_BUILD_DIR:-$root/build-tsan}
    # die_after_fork=0: the tests start onestop-sim, gnome-keyring and the CLI with QProcess,
    # and TSan kills any process that forked while multi-threaded and starts a thread before
    # its exec. Without it every test that starts a process dies at once, and checks nothing.
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$supp/tsan.supp ;;
  *)
    echo "usage: $0 address|thread [ctest arguments]" >&2
    exit 2 ;;
esac
# QtTest stops a test function after 5 minutes; tst_outbox's thousand offline actions take
# longer under ASan.
export QTEST_FUNCTION_TIMEOUT=1800000
# The package tests install a .deb (not a sanitized one); benchmarks measure nothing here.
exec "$root/packaging/run-tests.sh" -LE "package|bench" "$@"
