#!/bin/bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and runs each for a
# fixed time from its seed corpus (tests/fuzz/corpus/NAME, and resources/templates for the
# template engine); new inputs go to a scratch corpus,
# never into the repository. A crash leaves crash-* in build-fuzz/ and fails the run.
#   packaging/fuzz.sh [SECONDS per target, default 60] [TARGET…]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASEDESK_FUZZ_DIR:-$root/build-fuzz}
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-fuzz_json fuzz_template fuzz_material fuzz_ofd}
"$root/packaging/install-deps.sh" --fuzz
if [ ! -f "$build/build.ninja" ]; then
  CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCASEDESK_FUZZ=ON -DCASEDESK_BUILD_TESTS=OFF -DCASEDESK_WERROR=OFF >/dev/null
fi
# shellcheck disable=SC2086
cmake --build "$build" --target $targets -- -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
failed=0
for t in $targets; do
  name=${t#fuzz_}
  scratch=$(mktemp -d)
  cp -r "$root/tests/fuzz/corpus/$name/." "$scratch/"
  # The built-in notice templates seed the template engine too (not copied into the corpus).
  if [ "$name" = template ]; then cp "$root"/resources/templates/*.html "$scratch/"; fi
  echo "== $t for ${seconds}s"
  log=$build/$t.log
  if ! (cd "$build" && "./tests/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 "$scratch" >"$log" 2>&1); then
    failed=1
    echo "$t FAILED: see $log and the crash-* file in $build" >&2
  fi
  grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY)" "$log" || tail -5 "$log"
  rm -rf "$scratch"
done
exit $failed
