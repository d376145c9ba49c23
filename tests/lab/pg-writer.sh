#!/usr/bin/env bash
# Client of the loopback lab's PostgreSQL (lab.sh up --postgresql): writes numbered transactions
# through the "virtual IP" until SIGTERM or SIGINT, and records every acknowledged commit.
#
#   pg-writer.sh LAB_DIR OUTFILE [START_ID]
#   pg-writer.sh --host ADDR --port PORT OUTFILE [START_ID]
#
# The second form writes to one fixed address (the netns lab's VIP, tests/netns/netns-lab.sh up
# --postgresql or --patroni), as the user $PG_USER (default postgres) with $PG_BIN/psql (default
# /usr/lib/postgresql/15/bin), and keeps each attempt short: PGCONNECT_TIMEOUT=1 (libpq makes
# that 2 s), a 1 s statement timeout, and the attempt given up after 0.25 s in all, so that one
# whose SYN went to the VIP's old holder does not wait out the kernel's 1 s SYN retransmission;
# a client-visible outage then shows as a gap between two acknowledged commits, to within about
# 0.25 s (an attempt that went out just before the VIP arrived).
#
# The address is the holder file DIR/vip-holder (vip-holder.sh): it names the node holding it, and
# an empty or missing file means nobody does. Each INSERT INTO acks(id) goes to the PostgreSQL of
# that node, over TCP as PG_USER. OUTFILE gets, one line at a time (single appends, so a reader
# never sees half a line):
#   <id> <unix ms>                                    the commit of id was acknowledged
#   # fail <id> <unix ms> <first line of the error>   this attempt failed; the same id is retried
# Ids start at START_ID (default 1) and go up by one after each acknowledged commit. A duplicate
# key means an earlier attempt whose answer was lost did commit: that counts as acknowledged.
# On SIGTERM or SIGINT the current attempt finishes, then the script exits 0.
set -euo pipefail

usage() {
    echo "usage: ${0##*/} LAB_DIR OUTFILE [START_ID]" >&2
    echo "       ${0##*/} --host ADDR --port PORT OUTFILE [START_ID]" >&2
    exit 2
}

fixed_host=
if [[ ${1:-} == --host ]]; then
    [[ $# -ge 5 && $3 == --port && $4 =~ ^[0-9]+$ ]] || usage
    fixed_host=$2
    fixed_port=$4
    shift 4
    [[ $# -eq 1 || $# -eq 2 ]] || usage
    out=$1
    id=${2:-1}
    PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
    PG_USER=${PG_USER:-postgres}
    # Short attempts: the time to notice an outage must not hide the outage's end.
    connect_timeout=1 attempt_timeout=0.25
    export PGOPTIONS='-c statement_timeout=1000'
else
    [[ $# -eq 2 || $# -eq 3 ]] || usage
    lab_dir=$1
    out=$2
    id=${3:-1}
    connect_timeout=2 attempt_timeout=5
    [[ -f $lab_dir/lab.env ]] || {
        echo "${0##*/}: no $lab_dir/lab.env; is a lab up there?" >&2
        exit 1
    }
    # shellcheck source=/dev/null
    source "$lab_dir/lab.env"
    [[ ${POSTGRESQL:-0} == 1 ]] || {
        echo "${0##*/}: the lab in $lab_dir was started without --postgresql" >&2
        exit 1
    }
fi
[[ $id =~ ^[0-9]+$ ]] || usage

# bash defers a trapped signal until the running command ends, so the attempt in flight finishes.
stop=0
trap 'stop=1' TERM INT

# Unix time in ms without a fork: EPOCHREALTIME has microseconds ("1733200000.123456").
now_ms() {
    local us=${EPOCHREALTIME//[!0-9]/}
    echo "${us:0:${#us}-3}"
}

# The port of the node named in the holder file, or nothing.
holder_port() {
    local node=
    if [[ -f $VIP_HOLDER_FILE ]]; then
        node=$(head -n 1 -- "$VIP_HOLDER_FILE" 2>/dev/null) || node=
    fi
    case $node in
    "$NODE1_NAME") echo "$NODE1_PG_PORT" ;;
    "$NODE2_NAME") echo "$NODE2_PG_PORT" ;;
    esac
}

host=${fixed_host:-127.0.0.1}
while ((!stop)); do
    if [[ -n $fixed_host ]]; then port=$fixed_port; else port=$(holder_port); fi
    if [[ -z $port ]]; then
        sleep 0.01
        continue
    fi
    # VERBOSITY=verbose puts the SQLSTATE in the message ("ERROR:  23505: duplicate key ...").
    if err=$(PGCONNECT_TIMEOUT=$connect_timeout timeout "$attempt_timeout" "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
        -v VERBOSITY=verbose -h "$host" -p "$port" -U "$PG_USER" -d labdb -c "INSERT INTO acks(id) VALUES ($id)" 2>&1 >/dev/null); then
        rc=0
    else
        rc=$?
    fi
    if ((rc == 0)) || [[ $err == *23505* || $err == *"duplicate key"* ]]; then
        printf '%s %s\n' "$id" "$(now_ms)" >>"$out"
        id=$((id + 1))
        continue
    fi
    first=${err%%$'\n'*}
    printf '# fail %s %s %s\n' "$id" "$(now_ms)" "${first:-exit status $rc}" >>"$out"
    sleep 0.02
done
exit 0
