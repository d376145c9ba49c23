#!/bin/bash
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

# The script's own time is part of every switchover the lab measures, and on the lab's VMs every
# process costs 5-10 ms: the helpers below read /proc with builtins and wait without starting a
# process (`sleep` and `ss` cost 3-10 ms each), and the first line names bash itself, not `env`.
# A read with a timeout on a FIFO that nobody writes to is the wait (netns-lab.sh makes
# LABDIR/NODE/nap.fifo, and the web folders).
sleep_fd=
nap() {
    [[ -n $sleep_fd ]] || exec {sleep_fd}<>"$lab/$node/nap.fifo"
    read -r -t "$1" -u "$sleep_fd" || true
}

# Alive and not a zombie: an orphan's zombie stays until init reaps it, and some inits are slow.
is_alive() {
    local stat
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}

running_pid() {
    local pid args
    { read -r pid <"$pidfile"; } 2>/dev/null || return 1
    [[ -n $pid ]] && is_alive "$pid" || return 1
    { mapfile -d '' args <"/proc/$pid/cmdline"; } 2>/dev/null || return 1
    [[ "${args[*]} " == *"httpd -f -p $port "* ]] || return 1
    echo "$pid"
}

# A socket listening (state 0A) on the port, IPv4 or IPv6. The kernel lists the listening sockets
# first, then the others: the read stops at the first other one. A node that has served many short
# connections has thousands in TIME_WAIT, and reading them all took a second each time.
listening() {
    local hex table _sl addr _rem st _rest
    printf -v hex ':%04X' "$port"
    for table in /proc/net/tcp /proc/net/tcp6; do
        {
            read -r _ # the header
            while read -r _sl addr _rem st _rest && [[ $st == 0A ]]; do
                [[ $addr == *"$hex" ]] && return 0
            done
        } <"$table"
    done
    return 1
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
    printf '%s\n' "$node" >"$www/index.html"
    # Its own process group (job control, without a `setsid` process), out of the reach of the
    # agent's keeper of this script's group; and no pipe of the agent's kept open: the agent waits
    # for this script only.
    set -m
    busybox httpd -f -p "$port" -h "$www" </dev/null >>"$lab/$node/http-$port.log" 2>&1 &
    set +m
    started=$!
    echo "$started" >"$pidfile"
    deadline=$((SECONDS + START_WAIT_S))
    # Alive is enough here: until it has exec'd httpd, its command line is still this script's.
    until listening; do
        if ! is_alive "$started" || ((SECONDS >= deadline)); then
            echo "${0##*/}: httpd on port $port did not start; see $lab/$node/http-$port.log" >&2
            exit 1
        fi
        nap 0.002
    done
    ;;
stop)
    [[ ! -e $lab/$node/slow-stop ]] || sleep 1
    if pid=$(running_pid); then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 1000; ++i)); do
            is_alive "$pid" || break
            nap 0.002
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    : >"$pidfile" # emptied, not removed: rm would cost a process
    ;;
status)
    running_pid >/dev/null || exit 3
    ;;
*) usage ;;
esac
