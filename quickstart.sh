#!/usr/bin/env bash
# TwinHA quick start on Debian 12 (root, or a user with sudo).
#
#   ./quickstart.sh demo    install what is missing, build, start a two-node lab and open the console
#   ./quickstart.sh test    install what is missing, build and run every test
#
# For developers:
#   ./quickstart.sh deps    only install missing packages
#   ./quickstart.sh build   only configure and build into ./build
#   ./quickstart.sh fuzz [SECONDS]   build the libFuzzer targets with clang into ./build-fuzz and run
#                                    each for SECONDS (default 60)
#   ./quickstart.sh sanitize [tsan]  build with ASan and UBSan (or ThreadSanitizer) into
#                                    ./build-sanitize (./build-tsan) and run the tests there
#
# Environment: DEMO_DIR (demo) is where the lab lives, default ${XDG_RUNTIME_DIR:-/tmp}/twinha-demo-$USER.
# TWINHA_TSAN_QT_PREFIX (sanitize tsan): the install prefix of a Qt built with -sanitize thread.
set -euo pipefail

# Work from the repository root whatever the caller's folder.
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

readonly BUILD_DIR=build
readonly PACKAGES=(
    # toolchain
    cmake ninja-build g++ lld make pkg-config git ca-certificates clang-format
    # Qt 6 and the libraries the console and agent link
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 libssh-dev libspdlog-dev libtomlplusplus-dev
    libgl-dev libxkbcommon-dev libqt6opengl6-dev
    # the lab and the agent: real sshd, ss, pgrep, rsync for mirror replication, ping and arping
    # for tiebreakers and virtual IPs, useradd for the password-login test
    openssh-server openssh-client iproute2 procps rsync iputils-ping iputils-arping passwd
    # the network-namespace lab (root): its HTTP service, and keepalived for the comparison benchmark
    busybox keepalived
    # iptables: the netns lab drops one direction of the heartbeat with it; loss and jitter on its
    # links go through a netfilter queue (libnetfilter-queue-dev), and stress-ng loads the CPUs
    # (bench_netns_false_failover)
    iptables libnetfilter-queue-dev stress-ng
    # etcd for the lease tests (the witness's second backend); its own service is not wanted here
    etcd-server
    # Prometheus: a test scrapes the agents' /metrics with a real server, and promtool checks the
    # alert rules in installer/prometheus/
    prometheus
    # PostgreSQL 15 for the lab's database pair (tests/lab/lab.sh up --postgresql); the lab runs
    # its own two servers on ports of its own, not the package's cluster 15/main
    postgresql-15
    # the package test (tests/packaging): dpkg-shlibdeps, lintian, rpmbuild for the RPMs, and
    # systemd-analyze to verify the units; sudo on the blank lab node where the setup wizard installs
    # the agent (tests/lab/blank-node.sh)
    dpkg-dev lintian rpm systemd sudo
    # Chinese and Japanese text, and a virtual display for GUI runs without a desktop
    fonts-noto-cjk xvfb xauth
)
# Only for `fuzz`: Debian's clang; libFuzzer and ASan come with its compiler-rt package.
readonly FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)
readonly FUZZ_BUILD_DIR=build-fuzz
readonly FUZZ_TARGETS=(heartbeat_packet rpc_lines agent_config cluster_profile)
# Only for `sanitize`: which tests run under each sanitizer (ctest labels).
readonly SANITIZE_LABELS='unit|agent|integration|gui'
readonly TSAN_LABELS='unit|integration|gui'

say() { printf '\n==> %s\n' "$*" >&2; }
die() {
    printf 'quickstart: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat <<EOF
usage: ./quickstart.sh demo | test [CTEST-ARGS...] | build | deps | fuzz [SECONDS] | sanitize [tsan] | --help

  demo    install missing packages, build, start a two-node lab on 127.0.0.1 and open the
          console on it (or, without a display, save a screenshot); the lab stops when the
          console closes
  test    install missing packages, build and run all tests with ctest
  build   configure and build into ./$BUILD_DIR
  deps    install missing Debian packages only
  fuzz    build the fuzz targets with clang into ./$FUZZ_BUILD_DIR and run each for SECONDS
          (default 60), seeded from tests/fuzz/corpus; prints executions and crashes per target
  sanitize [tsan]
          build with AddressSanitizer and UndefinedBehaviorSanitizer into ./build-sanitize and
          run the unit, agent, integration and GUI tests there; with tsan, ThreadSanitizer into
          ./build-tsan for the link and console tests. Suppressions: tests/sanitize/

Needs Debian 12 (or a close relative) and root or sudo for the packages.
EOF
}

# ---------------------------------------------------------------- deps

is_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true) == "install ok installed" ]]
}

# cmd_deps [EXTRA-PACKAGE...]: the packages above, and the extra ones a subcommand needs.
cmd_deps() {
    local wanted=("${PACKAGES[@]}" "$@")
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        die "this is not a Debian-based system; install the equivalents of: ${wanted[*]}"
    fi
    local missing=() p
    for p in "${wanted[@]}"; do
        is_installed "$p" || missing+=("$p")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "All ${#wanted[@]} required packages are installed"
        return 0
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"

    local sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            printf 'quickstart: root rights are needed to install packages. As root, run:\n\n' >&2
            printf '  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends %s\n\n' \
                "${missing[*]}" >&2
            printf 'then run this script again.\n' >&2
            exit 1
        fi
    fi
    # `env` passes DEBIAN_FRONTEND through sudo, which would otherwise drop it.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    # The tests start etcd on ports of their own; the package's system-wide etcd, which Debian
    # starts on 127.0.0.1:2379 where systemd runs, was not asked for.
    if [[ " ${missing[*]} " == *" etcd-server "* && -d /run/systemd/system ]]; then
        "${sudo[@]}" systemctl disable --now etcd.service >/dev/null 2>&1 || true
    fi
    # Likewise the package's Prometheus on :9090: the test runs a server of its own.
    if [[ " ${missing[*]} " == *" prometheus "* && -d /run/systemd/system ]]; then
        "${sudo[@]}" systemctl disable --now prometheus.service >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------- build

# configure DIR [CMAKE-ARGS...]: a new build folder gets Ninja, which keeps both cores busy across
# the many small test targets where make's per-target steps leave one idle; a folder configured
# before keeps its generator (CMake refuses to change it).
configure() {
    local dir=$1 generator=()
    shift
    [[ -f $dir/CMakeCache.txt ]] || ! command -v ninja >/dev/null || generator=(-G Ninja)
    cmake -S . -B "$dir" "${generator[@]}" "$@"
}

cmd_build() {
    command -v cmake >/dev/null || die "cmake not found; run './quickstart.sh deps' first"
    say "Configuring into ./$BUILD_DIR"
    # Line tables only (-g1): a backtrace still names file and line, and a fresh build is a fifth
    # faster than with full debug info. For a debugger session, configure a folder of your own.
    configure "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
    say "Building with $(nproc) jobs"
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

# ---------------------------------------------------------------- test

cmd_test() {
    cmd_deps
    cmd_build
    say "Running the tests"
    local rc=0
    ctest --test-dir "$BUILD_DIR" --output-on-failure "$@" || rc=$?
    if ((rc == 0)); then
        say "All tests passed"
    else
        say "Some tests failed (ctest exit code $rc); the output above shows which"
    fi
    exit "$rc"
}

# ---------------------------------------------------------------- fuzz

# Runs one target for $2 seconds; prints its line of the summary and returns 1 on a crash.
fuzz_one() {
    local target=$1 seconds=$2
    local bin=$FUZZ_BUILD_DIR/bin/fuzz_$target log=$FUZZ_BUILD_DIR/fuzz-logs/$target.log
    local findings=$FUZZ_BUILD_DIR/findings/$target/ work=$FUZZ_BUILD_DIR/corpus/$target
    local regressions=tests/fuzz/regressions/$target
    mkdir -p "$findings" "$work" "${log%/*}"
    : >"$log"
    # Crashers found before must stay fixed: replay them first.
    if compgen -G "$regressions/*" >/dev/null; then
        if ! "$bin" "$regressions"/* >>"$log" 2>&1; then
            printf '  %-18s a regression input crashes again; see %s\n' "$target" "$log"
            return 1
        fi
    fi
    # New inputs go to the build folder's corpus; the committed seeds are only read. Crashers land
    # in the findings folder, never in the source tree.
    local rc=0
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings" "$work" "tests/fuzz/corpus/$target" >>"$log" 2>&1 || rc=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    if ((rc == 0)); then
        printf '  %-18s %12s executions, no crash\n' "$target" "${runs:-?}"
        return 0
    fi
    local crash
    crash=$(sed -n 's/^.*Test unit written to //p' "$log" | tail -n1)
    printf '  %-18s %12s executions, CRASH: %s\n' "$target" "${runs:-?}" "${crash:-exit code $rc}"
    grep -m1 -E '^==[0-9]+==ERROR|FUZZ_CHECK failed|^SUMMARY' "$log" | sed 's/^/                     /' || true
    printf '                     log: %s\n' "$log"
    return 1
}

cmd_fuzz() {
    local seconds=${1:-60}
    [[ $seconds =~ ^[1-9][0-9]*$ ]] || die "fuzz takes a number of seconds per target, not '$seconds'"
    cmd_deps "${FUZZ_PACKAGES[@]}"
    say "Configuring the fuzz build (clang, ASan, libFuzzer) into ./$FUZZ_BUILD_DIR"
    configure "$FUZZ_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
        -DTWINHA_FUZZ=ON -DTWINHA_BUILD_TESTS=OFF
    say "Building the fuzz targets with $(nproc) jobs"
    cmake --build "$FUZZ_BUILD_DIR" -j"$(nproc)" --target fuzzers
    say "Fuzzing each target for $seconds s"
    local target failed=0 results=()
    for target in "${FUZZ_TARGETS[@]}"; do
        results+=("$(fuzz_one "$target" "$seconds")") || failed=1
        printf '%s\n' "${results[-1]}" >&2
    done
    say "Fuzzing results ($seconds s per target)"
    printf '%s\n' "${results[@]}"
    if ((failed)); then
        say "Crashes found: the inputs are in ./$FUZZ_BUILD_DIR/findings; fix the cause and add each input to tests/fuzz/regressions/TARGET/"
        exit 1
    fi
    say "No crashes"
}

# ---------------------------------------------------------------- sanitize

cmd_sanitize() {
    local kind=${1:-asan}
    local dir option labels
    case $kind in
    asan) dir=build-sanitize option=TWINHA_SANITIZE labels=$SANITIZE_LABELS ;;
    tsan) dir=build-tsan option=TWINHA_TSAN labels=$TSAN_LABELS ;;
    *) die "sanitize takes nothing (ASan and UBSan) or tsan, not '$kind'" ;;
    esac
    cmd_deps
    local qt=()
    if [[ $kind == tsan ]]; then
        # TSan sees only what is instrumented. Debian's Qt is not, and Qt's mutexes, event queues and
        # QThread::wait() are futexes it cannot see: with it, every hand-off between threads through
        # Qt is reported as a race. A clean verdict needs a Qt built with -sanitize thread, named by
        # TWINHA_TSAN_QT_PREFIX (its install prefix).
        if [[ -n ${TWINHA_TSAN_QT_PREFIX:-} ]]; then
            qt=(-DCMAKE_PREFIX_PATH="$TWINHA_TSAN_QT_PREFIX")
        else
            say "Warning: without TWINHA_TSAN_QT_PREFIX this uses Debian's Qt, which TSan cannot see into; expect reports at every hand-off between threads through Qt"
        fi
    fi
    say "Configuring the $kind build into ./$dir"
    configure "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -D"$option"=ON "${qt[@]}"
    say "Building with $(nproc) jobs"
    cmake --build "$dir" -j"$(nproc)"
    say "Running the tests ($labels) under $kind"
    local supp=$PWD/tests/sanitize rc=0
    # Every report fails its test: ASan and UBSan abort, TSan exits non-zero. Suppressions cover
    # third-party code only, each with its reason in the file.
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
        LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp" \
        TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1:suppressions=$supp/tsan.supp" \
        ctest --test-dir "$dir" -L "$labels" --output-on-failure --timeout 900 || rc=$?
    if ((rc == 0)); then
        say "Clean under $kind"
    else
        say "Reports under $kind (ctest exit code $rc): the output above has each sanitizer's report"
    fi
    exit "$rc"
}

# ---------------------------------------------------------------- demo

DEMO_LAB=
stop_demo_lab() {
    if [[ -n $DEMO_LAB ]]; then
        say "Stopping the lab"
        tests/lab/lab.sh down "$DEMO_LAB" || true
        DEMO_LAB=
    fi
}

cmd_demo() {
    cmd_deps
    cmd_build
    # Absolute, so the hints printed below work from any folder.
    local console=$PWD/$BUILD_DIR/bin/twinha agent=$PWD/$BUILD_DIR/bin/twinha-agent lab=$PWD/tests/lab/lab.sh
    [[ -x $console ]] || die "$console was not built"
    [[ -x $agent ]] || die "$agent was not built"

    local user=${USER:-$(id -un)}
    local dir=${DEMO_DIR:-${XDG_RUNTIME_DIR:-/tmp}/twinha-demo-$user}
    # A demo that was killed without cleaning up may have left its lab running.
    if [[ -f $dir/.twinha-lab ]]; then
        "$lab" down "$dir" 2>/dev/null || true
    fi

    say "Starting the lab in $dir (two sshd and two agents on 127.0.0.1)"
    trap stop_demo_lab EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    DEMO_LAB=$dir
    local out profile
    out=$("$lab" up "$dir" --agent "$agent")
    profile=${out##*$'\n'} # the last line is the profile's path

    if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
        say "Opening the console; close its window to stop the lab"
        "$console" --cluster "$profile" || true
        return 0
    fi

    say "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set); taking a screenshot instead"
    local png=$dir/dashboard.png
    "$console" --cluster "$profile" --screenshot "$png" || die "the console could not take the screenshot"
    cat <<EOF

Screenshot of the console on the lab cluster:

    $png

More without a display:
  - In another language: start a lab, take screenshots, stop it:
        $lab up /tmp/twinha-lab
        $console --cluster /tmp/twinha-lab/profile.json --screenshot /tmp/twinha-ja.png --lang ja
        $lab down /tmp/twinha-lab
    (--lang accepts zh_CN, ja and en; --screenshot renders offscreen and needs no X server.)
  - To run the real window on a virtual X server, for example for GUI checks:
        xvfb-run -a $console --cluster /tmp/twinha-lab/profile.json
  - On a machine with a desktop, './quickstart.sh demo' opens the console itself.

EOF
}

# ---------------------------------------------------------------- main

[[ $# -ge 1 ]] || {
    usage >&2
    exit 2
}
command=$1
shift
# Only `test` takes further arguments (passed to ctest, e.g. `-R Lab`), `fuzz` its seconds and
# `sanitize` which sanitizer.
if [[ $command != test && ! (($command == fuzz || $command == sanitize) && $# -le 1) && $# -gt 0 ]]; then
    usage >&2
    exit 2
fi
case $command in
demo) cmd_demo ;;
test) cmd_test "$@" ;;
build) cmd_build ;;
deps) cmd_deps ;;
fuzz) cmd_fuzz "$@" ;;
sanitize) cmd_sanitize "$@" ;;
-h | --help | help) usage ;;
*)
    usage >&2
    exit 2
    ;;
esac
