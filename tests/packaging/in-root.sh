#!/usr/bin/env bash
# Run by package-test.sh inside the clean root (a chroot on an overlay, own network namespace).
# The packages are in /tmp/pkg. Exits non-zero at the first check that fails, saying which.
set -euo pipefail

PKG=/tmp/pkg
UNIT=/usr/lib/systemd/system/twinha-agent.service
SYSTEMCTL_LOG=/tmp/systemctl.log

fail() {
    printf 'package-test (clean root): FAIL: %s\n' "$*" >&2
    exit 1
}
note() { printf 'package-test (clean root): %s\n' "$*" >&2; }

! dpkg -s twinha-agent >/dev/null 2>&1 || fail "twinha-agent is installed already: the root is not clean"

# systemd, as the maintainer scripts see it: a booted system whose systemctl logs what it is asked.
mkdir -p /run/systemd/system /usr/local/sbin
cat >/usr/local/sbin/systemctl <<'EOF'
#!/bin/sh
echo "$*" >>/tmp/systemctl.log
EOF
chmod 0755 /usr/local/sbin/systemctl
export PATH=/usr/local/sbin:$PATH
: >"$SYSTEMCTL_LOG"

# Starts the agent as its unit does (ExecStartPre, the runtime and state folders, ExecStart) and
# waits for its control socket. Sets AGENT_PID (a child of this shell, so that its exit status can
# be read).
start_agent() {
    local pre start
    pre=$(sed -nE 's/^ExecStartPre=\+?//p' "$UNIT")
    start=$(sed -nE 's/^ExecStart=//p' "$UNIT")
    [[ -n $start ]] || fail "no ExecStart in $UNIT"
    [[ -z $pre ]] || $pre
    rm -rf /run/twinha # systemd makes the RuntimeDirectory anew at each start
    install -d -m 0755 /run/twinha
    install -d -m 0700 /var/lib/twinha
    $start >>/tmp/agent.log 2>&1 &
    AGENT_PID=$!
    for _ in $(seq 100); do
        [[ -S /run/twinha/control.sock ]] && return
        kill -0 "$AGENT_PID" 2>/dev/null || { cat /tmp/agent.log >&2; fail "the agent exited at start: $start"; }
        sleep 0.1
    done
    cat /tmp/agent.log >&2
    fail "the agent made no control socket in 10 s: $start"
}

stop_agent() {
    local pid=$AGENT_PID status=0
    kill -TERM "$pid"
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    ! kill -0 "$pid" 2>/dev/null || fail "the agent did not stop within 10 s of SIGTERM"
    wait "$pid" || status=$?
    [[ $status -eq 0 ]] || { cat /tmp/agent.log >&2; fail "the agent exited with $status on SIGTERM"; }
}

# ------------------------------------------------------------------ the previous version
note "installing the previous version"
dpkg -i "$PKG/twinha-agent-previous.deb" >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log >&2; fail "dpkg -i (previous)"; }

for f in /usr/sbin/twinha-agent "$UNIT" /usr/lib/systemd/system/twinha-witness.service \
    /etc/twinha/cluster.toml.example /etc/twinha/witness.toml.example; do
    [[ -e $f ]] || fail "$f was not installed"
done
exec_path=$(sed -nE 's/^ExecStart=([^ ]+).*/\1/p' "$UNIT")
[[ -x $exec_path ]] || fail "the unit starts $exec_path, which the package did not install"
systemd-analyze verify "$UNIT" /usr/lib/systemd/system/twinha-witness.service >/tmp/verify.log 2>&1 ||
    { cat /tmp/verify.log >&2; fail "systemd-analyze verify rejects the units"; }

note "starting the agent from its unit's ExecStart"
start_agent
answer=$(printf '%s\n' '{"jsonrpc":"2.0","id":1,"method":"hello","params":{"protocol":{"major":1,"minor":0}}}' |
    timeout 10 /usr/sbin/twinha-agent session) || fail "twinha-agent session failed"
grep -q '"result"' <<<"$answer" && grep -q '"protocol"' <<<"$answer" ||
    fail "hello got no answer from the agent: $answer"
stop_agent

# What the operator wrote, and what the agent keeps (its journal only grows).
printf '# the operator'"'"'s own config, with a comment that must survive\n' >/etc/twinha/cluster.toml
head -c 32 /dev/urandom >/etc/twinha/cluster.key
chmod 0600 /etc/twinha/cluster.key
printf '{"seq":999,"event":"operator_history"}\n' >>/var/lib/twinha/journal.jsonl
mkdir -p /tmp/kept
cp -p /etc/twinha/cluster.toml /etc/twinha/cluster.key /var/lib/twinha/journal.jsonl /tmp/kept/

# $1: what did it. The config and the key unchanged, the journal at least what it was.
check_kept() {
    cmp -s /tmp/kept/cluster.toml /etc/twinha/cluster.toml || fail "$1 changed or removed /etc/twinha/cluster.toml"
    cmp -s /tmp/kept/cluster.key /etc/twinha/cluster.key || fail "$1 changed or removed /etc/twinha/cluster.key"
    [[ -f /var/lib/twinha/journal.jsonl ]] &&
        cmp -s -n "$(stat -c %s /tmp/kept/journal.jsonl)" /tmp/kept/journal.jsonl /var/lib/twinha/journal.jsonl ||
        fail "$1 changed or removed the journal /var/lib/twinha/journal.jsonl"
}

# ------------------------------------------------------------------ upgrade
note "upgrading to this build's package, the agent running"
rm /etc/twinha/cluster.toml # the agent runs unconfigured, as the package leaves it ...
start_agent
cp -p /tmp/kept/cluster.toml /etc/twinha/cluster.toml # ... then the operator writes the config
: >"$SYSTEMCTL_LOG"
dpkg -i "$PKG"/twinha-agent_*.deb >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log >&2; fail "dpkg -i (upgrade)"; }
[[ $(dpkg-query -W -f='${Version}' twinha-agent) != *previous ]] || fail "the upgrade did not take"
check_kept "the upgrade"
if grep -Ev '^daemon-reload$' "$SYSTEMCTL_LOG" | grep -q .; then
    fail "the upgrade asked systemd for more than a reload: $(tr '\n' ';' <"$SYSTEMCTL_LOG")"
fi
kill -0 "$AGENT_PID" 2>/dev/null || fail "the upgrade stopped the running agent"
stop_agent

# ------------------------------------------------------------------ purge
note "purging"
installed=$(dpkg -L twinha-agent | while read -r f; do [[ -f $f ]] && echo "$f"; done)
: >"$SYSTEMCTL_LOG"
dpkg --purge twinha-agent >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log >&2; fail "dpkg --purge"; }
while read -r f; do
    [[ ! -e $f ]] || fail "the purge left $f, which the package installed"
done <<<"$installed"
check_kept "the purge"
grep -qx 'disable --now twinha-agent.service' "$SYSTEMCTL_LOG" ||
    fail "the removal did not disable and stop the agent's unit: $(tr '\n' ';' <"$SYSTEMCTL_LOG")"

# ------------------------------------------------------------------ console
note "installing the console"
dpkg -i "$PKG"/twinha_*.deb >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log >&2; fail "dpkg -i (console)"; }
[[ -x /usr/bin/twinha ]] || fail "/usr/bin/twinha was not installed"
deps=$(dpkg-query -W -f='${Depends}' twinha)
grep -q 'qt6-translations-l10n' <<<"$deps" ||
    fail "the console does not depend on Qt's translations (its OK and Cancel would stay English): $deps"
for lang in zh_CN ja; do
    ls /usr/share/qt6/translations/qtbase_"$lang".qm >/dev/null 2>&1 ||
        fail "Qt's own $lang translation is not installed with the console"
done
dpkg --purge twinha >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log >&2; fail "dpkg --purge (console)"; }
[[ ! -e /usr/bin/twinha ]] || fail "the console's purge left /usr/bin/twinha"
note "clean root: all checks passed"
