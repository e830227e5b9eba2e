#!/usr/bin/env bash
# Builds the tests with AddressSanitizer and UndefinedBehaviorSanitizer (the "asan" preset, gcc,
# into build-asan/ or $DX_ASAN_DIR) and runs them; the first report of either fails the run.
#
#   scripts/sanitize.sh [--engine] [-j N] [ctest arguments...]
#
# By default the tests that need no engine: labels "unit" and "fakeengine" (the fake engine is
# in-process, so the sanitizers see both ends of the wire). --engine adds the real-engine tests
# (label "engine"), which need an engine as scripts/test.sh provides; they are left out by
# default because they take long under ASan and test the engine's timing more than our memory.
# Further arguments go to ctest, e.g. -R tst_safeextractor.
set -euo pipefail
cd "$(dirname "$0")/.."

labels='^(unit|fakeengine)$'
jobs=$(nproc)
ctest_args=()
while (($#)); do
    case "$1" in
    --engine) labels='^(unit|fakeengine|engine)$' ;;
    -j) jobs="$2"; shift ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    *) ctest_args+=("$1") ;;
    esac
    shift
done

dir="${DX_ASAN_DIR:-build-asan}"
start=$SECONDS
configure=(cmake --preset asan -B "$dir")
[[ -z "${DX_SHARED_DIR:-}" ]] || configure+=(-DDX_SHARED_DIR="$DX_SHARED_DIR")
"${configure[@]}" >/dev/null

# Only the test executables (and what they link and start): dx_add_test() names the target as
# the test. Tests that start the app (GUI ones, the command-line ones) build it as a dependency.
mapfile -t targets < <(ctest --test-dir "$dir" -N -L "$labels" | sed -n 's/^ *Test *#[0-9]*: //p')
if ((${#targets[@]} == 0)); then
    echo "sanitize.sh: no tests labelled $labels" >&2
    exit 2
fi
build=(cmake --build "$dir" -j"$jobs")
for t in "${targets[@]}"; do build+=(--target "$t"); done
"${build[@]}"
built=$SECONDS

# Halt at the first report, with a stack; the exit code tells ctest the test failed.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:detect_invalid_pointer_pairs=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
status=0
ctest --test-dir "$dir" --output-on-failure -j"$jobs" -L "$labels" "${ctest_args[@]}" || status=$?
echo "sanitize.sh: ${#targets[@]} tests (labels $labels): build $((built - start)) s, tests $((SECONDS - built)) s," \
    "$([[ $status == 0 ]] && echo passed || echo FAILED)"
exit $status
