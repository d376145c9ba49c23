#!/usr/bin/env bash
# TwinHA quick start on Debian 12 (root, or a user with sudo).
#
#   ./quickstart.sh demo    install what is missing, build, start a two-node lab and open the console
#   ./quickstart.sh test    install what is missing, build and run every test
#
# For developers:
#   ./quickstart.sh deps    only install missing packages
#   ./quickstart.sh build   only configure and build into ./build
#
# Environment: DEMO_DIR (demo) is where the lab lives, default ${XDG_RUNTIME_DIR:-/tmp}/twinha-demo-$USER.
set -euo pipefail

# Work from the repository root whatever the caller's folder.
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

readonly BUILD_DIR=build
readonly PACKAGES=(
    # toolchain
    cmake g++ make pkg-config git ca-certificates clang-format
    # Qt 6 and the libraries the console and agent link
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 libssh-dev libspdlog-dev libtomlplusplus-dev
    libgl-dev libxkbcommon-dev libqt6opengl6-dev
    # the lab and the agent: real sshd, ss, pgrep, rsync for mirror replication, ping and arping
    # for tiebreakers and virtual IPs, useradd for the password-login test
    openssh-server openssh-client iproute2 procps rsync iputils-ping iputils-arping passwd
    # the network-namespace lab (root): its HTTP service, and keepalived for the comparison benchmark
    busybox keepalived
    # iptables: the netns lab drops one direction of the heartbeat with it
    iptables
    # etcd for the lease tests (the witness's second backend); its own service is not wanted here
    etcd-server
    # Chinese and Japanese text, and a virtual display for GUI runs without a desktop
    fonts-noto-cjk xvfb xauth
)

say() { printf '\n==> %s\n' "$*" >&2; }
die() {
    printf 'quickstart: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat <<EOF
usage: ./quickstart.sh demo | test [CTEST-ARGS...] | build | deps | --help

  demo    install missing packages, build, start a two-node lab on 127.0.0.1 and open the
          console on it (or, without a display, save a screenshot); the lab stops when the
          console closes
  test    install missing packages, build and run all tests with ctest
  build   configure and build into ./$BUILD_DIR
  deps    install missing Debian packages only

Needs Debian 12 (or a close relative) and root or sudo for the packages.
EOF
}

# ---------------------------------------------------------------- deps

is_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true) == "install ok installed" ]]
}

cmd_deps() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        die "this is not a Debian-based system; install the equivalents of: ${PACKAGES[*]}"
    fi
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        is_installed "$p" || missing+=("$p")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "All ${#PACKAGES[@]} required packages are installed"
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
}

# ---------------------------------------------------------------- build

cmd_build() {
    command -v cmake >/dev/null || die "cmake not found; run './quickstart.sh deps' first"
    say "Configuring into ./$BUILD_DIR"
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
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
# Only `test` takes further arguments (passed to ctest, e.g. `-R Lab`).
if [[ $command != test && $# -gt 0 ]]; then
    usage >&2
    exit 2
fi
case $command in
demo) cmd_demo ;;
test) cmd_test "$@" ;;
build) cmd_build ;;
deps) cmd_deps ;;
-h | --help | help) usage ;;
*)
    usage >&2
    exit 2
    ;;
esac
