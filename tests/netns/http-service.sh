#!/usr/bin/env bash
# The network-namespace lab's service: a tiny HTTP server (busybox httpd) whose only page is the
# name of the node it runs on, so a client can tell which node answered each request.
#
#   http-service.sh start|stop|status LABDIR PORT [NODE]
#
# NODE defaults to $TWINHA_NODE, which the agent sets for script resources. Runs in the caller's
# network namespace (the agent's, inside the lab) and listens on every address of it, so it answers
# on the node's own address and on a virtual IP once the node holds it.
#   start   serves LABDIR/NODE/www-PORT/ and returns once the port listens; refused (exit 1) while
#           LABDIR/NODE/fail-start exists, so that a test can make a switchover roll back
#   stop    stops it; waits a second first while LABDIR/NODE/slow-stop exists (a long switchover)
#   status  exits 0 while it runs, 3 otherwise (LSB "not running")
set -euo pipefail

usage() {
    echo "usage: ${0##*/} start|stop|status LABDIR PORT [NODE]" >&2
    exit 2
}

[[ $# -eq 3 || $# -eq 4 ]] || usage
action=$1
lab=$2
port=$3
node=${4:-${TWINHA_NODE:-}}
[[ -n $node && $port =~ ^[0-9]+$ && -d $lab/$node ]] || usage
pidfile=$lab/$node/http-$port.pid
www=$lab/$node/www-$port
readonly START_WAIT_S=3

# Alive and not a zombie: an orphan's zombie stays until init reaps it, and some inits are slow.
is_alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}

running_pid() {
    local pid
    [[ -f $pidfile ]] || return 1
    pid=$(<"$pidfile")
    [[ -n $pid ]] && is_alive "$pid" || return 1
    [[ $(tr '\0' ' ' <"/proc/$pid/cmdline") == *"httpd -f -p $port "* ]] || return 1
    echo "$pid"
}

listening() {
    [[ -n $(ss -Htln "sport = :$port") ]]
}

case $action in
start)
    if [[ -e $lab/$node/fail-start ]]; then
        echo "${0##*/}: start refused on $node: $lab/$node/fail-start exists" >&2
        exit 1
    fi
    if running_pid >/dev/null; then
        exit 0
    fi
    mkdir -p "$www"
    printf '%s\n' "$node" >"$www/index.html"
    # Its own session, and no pipe of the agent's kept open: the agent waits for this script only.
    setsid busybox httpd -f -p "$port" -h "$www" </dev/null >>"$lab/$node/http-$port.log" 2>&1 &
    echo $! >"$pidfile"
    deadline=$((SECONDS + START_WAIT_S))
    until listening; do
        if ! running_pid >/dev/null || ((SECONDS >= deadline)); then
            echo "${0##*/}: httpd on port $port did not start; see $lab/$node/http-$port.log" >&2
            exit 1
        fi
        sleep 0.005
    done
    ;;
stop)
    [[ ! -e $lab/$node/slow-stop ]] || sleep 1
    if pid=$(running_pid); then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 200); do
            is_alive "$pid" || break
            sleep 0.01
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f -- "$pidfile"
    ;;
status)
    running_pid >/dev/null || exit 3
    ;;
*) usage ;;
esac
