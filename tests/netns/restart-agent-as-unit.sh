#!/usr/bin/env bash
# Restarts a netns lab node's agent the way systemd restarts installer/twinha-agent.service
# (systemctl restart, or a package upgrade): it stops the unit by the unit's own KillMode, applied
# to the cgroup the lab runs the agent in (netns-lab.sh start_agent), then starts the agent again.
#   KillMode=control-group  SIGTERM to every process of the cgroup, SIGKILL to what is left
#   KillMode=mixed          SIGTERM to the main process, SIGKILL to the rest of the cgroup
#   KillMode=process        SIGTERM to the main process only
#   KillMode=none           nothing is signalled but the main process's own stop
# The KillMode is read from the unit file, so a test of this script tests the unit we ship.
#   restart-agent-as-unit.sh LAB_DIR NODE [UNIT_FILE]
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB_DIR=${1:?lab folder}
NODE=${2:?node}
UNIT=${3:-$SCRIPT_DIR/../../installer/twinha-agent.service}
STOP_TIMEOUT_S=10

die() {
    echo "restart-agent-as-unit: $*" >&2
    exit 1
}

env_value() { sed -n "s/^$1=//p" "$LAB_DIR/lab.env" | tail -n 1; }
alive() { # running and not a zombie, read with builtins: this loop is part of the restart's time
    local stat
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}
nap_fd=
nap() { # sleep without starting a process
    [[ -n $nap_fd ]] || exec {nap_fd}<> <(:)
    read -r -t "$1" -u "$nap_fd" || true
}

kill_mode=$(sed -n 's/^KillMode=//p' "$UNIT" | tail -n 1)
kill_mode=${kill_mode:-control-group} # systemd's default
main=$(env_value "AGENT_PID_${NODE^^}")
cg=$(env_value "CGROUP_${NODE^^}")
[[ -n $main ]] || die "no agent pid for $NODE in $LAB_DIR/lab.env"
[[ -n $cg && -f $cg/cgroup.procs ]] || die "the agent of $NODE runs in no cgroup (needs a writable cgroup v2)"
grep -qx "$main" "$cg/cgroup.procs" || die "the agent of $NODE (pid $main) is not in its cgroup $cg"

signal_cgroup() { # SIGNAL [EXCEPT_PID]
    local p
    for p in $(cat "$cg/cgroup.procs"); do
        [[ $p == "${2:-}" ]] || kill "-$1" "$p" 2>/dev/null || true
    done
}

# As systemd, whose start is a fork and an exec: where the stop signals the main process only, the
# next agent waits ready beforehand (netns-lab.sh start-agent with START_AFTER), so that the time
# from the old agent's exit to the new one's start is not spent in the lab's shell scripts. The old
# agent is stopped only once the next one waits at the gate: on a loaded machine the lab's scripts
# took up to half a second to get there, and the guard's deadline counts from the old agent's exit.
gate='' starter='' go=''
if [[ $kill_mode == process || $kill_mode == none ]]; then
    gate=$(mktemp -u "${TMPDIR:-/tmp}/twinha-restart.XXXXXX")
    mkfifo -m 600 "$gate"
    # Given up before the go (the next agent not ready in time): whoever waits at the gate is told
    # to end. Opening a FIFO read-write never blocks.
    trap '[[ -n $go ]] || { exec {abort}<>"$gate" && echo abort >&"$abort"; }; rm -f "$gate" "$gate.ready"' EXIT
    START_AFTER=$gate "$SCRIPT_DIR/netns-lab.sh" start-agent "$LAB_DIR" "$NODE" &
    starter=$!
    deadline=$((SECONDS + STOP_TIMEOUT_S))
    until [[ -e $gate.ready ]]; do
        alive "$starter" || die "the next agent of $NODE could not be readied (netns-lab.sh start-agent failed)"
        ((SECONDS < deadline)) || die "the next agent of $NODE was not ready at the gate after ${STOP_TIMEOUT_S} s"
        nap 0.002
    done
fi

case $kill_mode in
control-group) signal_cgroup TERM ;;
mixed | process | none) kill -TERM "$main" 2>/dev/null || true ;;
*) die "unknown KillMode=$kill_mode in $UNIT" ;;
esac
deadline=$((SECONDS + STOP_TIMEOUT_S))
while alive "$main" && ((SECONDS < deadline)); do
    nap 0.002 # systemd hears of the exit at once; a slow poll here would eat the guard's deadline
done
alive "$main" && kill -KILL "$main" 2>/dev/null
case $kill_mode in
control-group | mixed) signal_cgroup KILL ;;
esac
if [[ -n $starter ]]; then
    go=1
    echo go >"$gate" # opens once the waiting agent reads it
    wait "$starter"
else
    "$SCRIPT_DIR/netns-lab.sh" start-agent "$LAB_DIR" "$NODE"
fi
echo "restart-agent-as-unit: stopped $NODE's agent (pid $main) with KillMode=$kill_mode" >&2
