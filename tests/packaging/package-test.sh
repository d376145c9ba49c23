#!/usr/bin/env bash
# The packages as an administrator gets them: built by CPack from this build, checked by lintian,
# and installed, upgraded, run and purged with dpkg in a clean root.
#
#   package-test.sh BUILD_DIR
#
# The clean root is this machine's own root seen through an overlay whose upper layer is a tmpfs,
# in a mount and network namespace of its own (unshare): dpkg, its database and the maintainer
# scripts are Debian's, but nothing they write reaches the real system, and the test reads what
# they wrote from the upper layer. No systemd runs in there: a `systemctl` that logs its arguments
# stands in for it, so that the test sees what the maintainer scripts ask of systemd on an upgrade
# and on a removal. The agent itself is started from the unit's own ExecStart line.
#
# Checks:
#   - lintian reports no error on either package; each warning it reports is named, with its
#     reason, in installer/README.md;
#   - the agent package's files land where its unit expects them; systemd-analyze verify accepts
#     the units;
#   - the agent starts from ExecStart (unconfigured, no cluster.toml yet), answers `twinha-agent
#     session` hello, and stops cleanly on SIGTERM;
#   - an upgrade from the previous version keeps /etc/twinha/cluster.toml, the cluster key and the
#     journal byte for byte, asks systemd to stop or restart nothing, and leaves a running agent
#     running;
#   - a purge removes every file the package installed and nothing of the operator's, and disables
#     and stops the units;
#   - the console package installs with Qt's own translations (OK, Cancel in Chinese and Japanese);
#   - where rpmbuild exists, the RPMs hold the same files and scripts.
#
# Root only (mount namespaces); exits 77 (skipped) otherwise, saying so.
set -euo pipefail

BUILD=$(cd "${1:?usage: package-test.sh BUILD_DIR}" && pwd)
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly BUILD REPO

fail() {
    printf 'package-test: FAIL: %s\n' "$*" >&2
    exit 1
}
note() { printf 'package-test: %s\n' "$*" >&2; }

if [[ $(id -u) -ne 0 ]]; then
    note "SKIP: needs root for its mount namespace (the clean root); CI runs it as root"
    exit 77
fi
for tool in cpack dpkg-deb dpkg-shlibdeps unshare lintian systemd-analyze; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run ./quickstart.sh deps"
done

WORK=$(mktemp -d /tmp/twinha-package-test.XXXXXX)
readonly WORK
trap 'rm -rf "$WORK"' EXIT

note "building the packages with CPack"
cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1 ||
    { cat "$WORK/cpack.log" >&2; fail "cpack -G DEB failed"; }
AGENT_DEB=$(ls "$WORK"/pkg/twinha-agent_*.deb)
CONSOLE_DEB=$(ls "$WORK"/pkg/twinha_*.deb 2>/dev/null || true)
[[ -n $CONSOLE_DEB ]] || fail "no console package: was the console built?"

# ------------------------------------------------------------------ lintian
for deb in "$AGENT_DEB" "$CONSOLE_DEB"; do
    note "lintian $(basename "$deb")"
    lintian --no-tag-display-limit "$deb" >"$WORK/lintian.txt" 2>&1 || true
    cat "$WORK/lintian.txt" >&2
    if grep -q '^E: ' "$WORK/lintian.txt"; then
        fail "lintian reports errors on $(basename "$deb")"
    fi
    while read -r tag; do
        grep -q -- "\`$tag\`" "$REPO/installer/README.md" ||
            fail "lintian warning $tag on $(basename "$deb") is not named in installer/README.md with its reason"
    done < <(sed -nE 's/^W: [^:]+: ([a-z0-9-]+).*/\1/p' "$WORK/lintian.txt" | sort -u)
done

# ------------------------------------------------------------------ the previous version
# The same package, one version older: an upgrade runs the old package's prerm and the new one's
# postinst, as from a release to the next.
VERSION=$(dpkg-deb -f "$AGENT_DEB" Version)
dpkg-deb -R "$AGENT_DEB" "$WORK/old"
sed -i "s/^Version: .*/Version: ${VERSION}~previous/" "$WORK/old/DEBIAN/control"
dpkg-deb -b --root-owner-group "$WORK/old" "$WORK/pkg/twinha-agent-previous.deb" >/dev/null
rm -rf "$WORK/old"

# ------------------------------------------------------------------ the clean root
mkdir -p "$WORK/root" "$WORK/layer"
cp "$REPO/tests/packaging/in-root.sh" "$WORK/in-root.sh"
unshare --mount --net --fork --propagation private bash -euo pipefail -c '
    WORK=$1
    "$2" "$WORK/layer" "$WORK/root" 1g
    mkdir "$WORK/root/tmp/pkg"
    cp "$WORK"/pkg/*.deb "$WORK/in-root.sh" "$WORK/root/tmp/pkg/"
    ip link set lo up
    chroot "$WORK/root" bash /tmp/pkg/in-root.sh
' package-test "$WORK" "$REPO/tests/lab/overlay-root.sh" || fail "in the clean root (above)"

# ------------------------------------------------------------------ RPM
if command -v rpmbuild >/dev/null; then
    note "building the RPMs"
    cpack -G RPM --config "$BUILD/CPackConfig.cmake" -B "$WORK/rpm" >"$WORK/cpack-rpm.log" 2>&1 ||
        { cat "$WORK/cpack-rpm.log" >&2; fail "cpack -G RPM failed"; }
    AGENT_RPM=$(ls "$WORK"/rpm/twinha-agent-*.rpm)
    files=$(rpm -qpl "$AGENT_RPM")
    for f in /usr/sbin/twinha-agent /usr/lib/systemd/system/twinha-agent.service /etc/twinha/cluster.toml.example; do
        grep -qx -- "$f" <<<"$files" || fail "$f is not in $(basename "$AGENT_RPM")"
    done
    rpm -qp --scripts "$AGENT_RPM" | grep -q 'systemctl disable --now twinha-agent.service' ||
        fail "$(basename "$AGENT_RPM") lacks the removal script"
else
    note "no RPM checked: rpmbuild is not installed (./quickstart.sh deps installs it)"
fi
note "all checks passed"
