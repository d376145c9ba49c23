#!/bin/sh
# systemctl for a blank lab node (blank-node.sh), where no systemd runs: starts and stops a unit
# from its own unit file (RuntimeDirectory, StateDirectory, ExecStartPre, ExecStart) as systemd
# would, so that a package's unit is what runs. Understands what the agent's package and the
# setup wizard's installer ask: daemon-reload, enable [--now], disable [--now], start, stop,
# restart, try-restart, is-active and status.
set -u
UNITS=/usr/lib/systemd/system
LOG=/var/log/systemctl-standin.log
echo "$*" >>"$LOG"

pidfile() { echo "/run/standin-$1.pid"; }
unitfile() {
    case $1 in *.service) echo "$UNITS/$1" ;; *) echo "$UNITS/$1.service" ;; esac
}
active() {
    f=$(pidfile "$1")
    [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}
start() {
    unit=$(unitfile "$1")
    [ -f "$unit" ] || { echo "Unit $1 not found." >&2; return 5; }
    active "$1" && return 0
    for d in $(sed -n 's/^RuntimeDirectory=//p' "$unit"); do install -d -m 0755 "/run/$d"; done
    for d in $(sed -n 's/^StateDirectory=//p' "$unit"); do install -d -m 0700 "/var/lib/$d"; done
    sed -n 's/^ExecStartPre=+\{0,1\}//p' "$unit" | while read -r pre; do $pre || exit 1; done || return 1
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
    setsid $exec_start >>"/var/log/$(basename "$unit" .service).log" 2>&1 </dev/null &
    echo $! >"$(pidfile "$1")"
}
stop() {
    f=$(pidfile "$1")
    if active "$1"; then
        kill -TERM "$(cat "$f")"
        i=0
        while active "$1" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    fi
    rm -f "$f"
}

now=0
case ${1:-} in
daemon-reload) exit 0 ;;
enable | disable)
    verb=$1
    shift
    [ "${1:-}" = --now ] && { now=1; shift; }
    for u in "$@"; do
        if [ "$now" = 1 ]; then
            if [ "$verb" = enable ]; then start "$u" || exit 1; else stop "$u"; fi
        fi
    done
    ;;
start) shift; for u in "$@"; do start "$u" || exit 1; done ;;
stop) shift; for u in "$@"; do stop "$u"; done ;;
restart) shift; for u in "$@"; do stop "$u"; start "$u" || exit 1; done ;;
try-restart) shift; for u in "$@"; do if active "$u"; then stop "$u"; start "$u" || exit 1; fi; done ;;
is-active) active "$2" && { echo active; exit 0; }; echo inactive; exit 3 ;;
status)
    for u in "$@"; do case $u in -*) ;; *) unit=$u ;; esac; done
    if active "$unit"; then echo "$unit: active (running), pid $(cat "$(pidfile "$unit")")"; else echo "$unit: inactive"; fi
    tail -n 20 "/var/log/$(basename "$(unitfile "$unit")" .service).log" 2>/dev/null
    active "$unit" || exit 3
    ;;
*) echo "systemctl stand-in: $* is not understood" >&2; exit 1 ;;
esac
