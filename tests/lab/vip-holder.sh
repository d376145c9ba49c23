#!/usr/bin/env bash
# Stand-in for the virtual IP in the loopback lab: a file that names the node holding the "address".
#
#   vip-holder.sh start|stop|status HOLDERFILE [NODE]
#
# NODE defaults to $TWINHA_NODE, which the agent sets for script resources.
#   start   the holder file names NODE afterwards (written atomically, so a reader never sees half a name)
#   stop    removes the holder file, but only if it names NODE (a node never drops its peer's address)
#   status  exits 0 iff the holder file names NODE, 3 otherwise (LSB "not running")
set -euo pipefail

usage() {
    echo "usage: ${0##*/} start|stop|status HOLDERFILE [NODE]" >&2
    exit 2
}

[[ $# -eq 2 || $# -eq 3 ]] || usage
action=$1
holder=$2
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
