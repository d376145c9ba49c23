#!/usr/bin/env bash
# Stand-in for the virtual IP in the loopback lab: a file that names the node holding the "address".
#
#   vip-holder.sh start|stop|status HOLDER [NODE]
#
# NODE defaults to $TWINHA_NODE, which the agent sets for script resources.
# HOLDER is a file (one holder at a time, as with a real VIP):
#   start   the holder file names NODE afterwards (written atomically, so a reader never sees half a name)
#   stop    removes the holder file, but only if it names NODE (a node never drops its peer's address)
#   status  exits 0 iff the holder file names NODE, 3 otherwise (LSB "not running")
# or a folder (duplex: every node may run it): start creates HOLDER/NODE, stop removes it, status
# tests it.
#
# A test makes the next start on a node fail by creating DIR/NODE/fail-start, where DIR is the
# folder that holds HOLDER (the lab folder); start then exits 1 without touching anything.
set -euo pipefail

usage() {
    echo "usage: ${0##*/} start|stop|status HOLDER [NODE]" >&2
    exit 2
}

[[ $# -eq 2 || $# -eq 3 ]] || usage
action=$1
holder=${2%/}
node=${3:-${TWINHA_NODE:-}}
if [[ -z $node ]]; then
    echo "${0##*/}: no NODE given and TWINHA_NODE is not set" >&2
    exit 2
fi

# The name currently in the holder file, or nothing.
current() {
    if [[ -f $holder ]]; then
        head -n 1 -- "$holder"
    fi
}

if [[ $action == start && -e $(dirname -- "$holder")/$node/fail-start ]]; then
    echo "${0##*/}: start refused on $node: $(dirname -- "$holder")/$node/fail-start exists" >&2
    exit 1
fi

if [[ -d $holder ]]; then
    case $action in
    start) : >"$holder/$node" ;;
    stop) rm -f -- "$holder/$node" ;;
    status) [[ -f $holder/$node ]] || exit 3 ;;
    *) usage ;;
    esac
    exit 0
fi

case $action in
start)
    tmp=$(mktemp "$holder.XXXXXX")
    printf '%s\n' "$node" >"$tmp"
    mv -f -- "$tmp" "$holder" # rename(2) is atomic within one folder
    ;;
stop)
    if [[ $(current) == "$node" ]]; then
        rm -f -- "$holder"
    fi
    ;;
status)
    [[ $(current) == "$node" ]] || exit 3
    ;;
*)
    usage
    ;;
esac
