#!/usr/bin/env bash
# The VIP for Patroni in the netns lab (netns-lab.sh up --patroni), the usual way without
# vip-manager: Patroni's callbacks move the address. Patroni runs as postgres (PostgreSQL refuses
# root), and adding an address needs root, so the work is split in two:
#
#   patroni-vip.sh notify DIR NODE ACTION ROLE SCOPE
#       Patroni's on_start, on_stop and on_role_change callback (Patroni appends ACTION ROLE
#       SCOPE), run as postgres: writes "ACTION ROLE" into the FIFO DIR/NODE/vip.fifo, owned by
#       postgres, and returns at once.
#   patroni-vip.sh serve DIR NODE ADDRESS/PREFIX INTERFACE
#       the root helper netns-lab.sh starts in NODE's namespace: reads that FIFO and adds the
#       address (then a gratuitous ARP, arping -U) when the role is primary, or removes it on
#       on_stop or any other role. Each change is a line in DIR/NODE/vip-helper.log.
#
# No sudo rule and no root Patroni: the only thing postgres can do is ask for the address to
# follow its role, in its own node's namespace.
set -euo pipefail

usage() {
    sed -n '2,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

now() { printf '%s' "${EPOCHREALTIME}"; }

[[ $# -ge 3 ]] || usage
cmd=$1 dir=$2 node=$3
fifo=$dir/$node/vip.fifo
shift 3
case $cmd in
notify)
    [[ $# -ge 2 ]] || usage
    # The helper keeps the FIFO open, so this write does not block; if it is gone, give up quickly.
    # shellcheck disable=SC2016 # $1..$3 belong to the inner shell
    timeout 2 bash -c 'printf "%s %s\n" "$2" "$3" >"$1"' sh "$fifo" "$1" "$2" ||
        printf '%s no helper for %s %s\n' "$(now)" "$1" "$2" >>"$dir/$node/vip-notify.log"
    exit 0
    ;;
serve)
    [[ $# -eq 2 ]] || usage
    addr=$1 dev=$2
    ip=${addr%/*}
    [[ -p $fifo ]] || {
        echo "patroni-vip.sh: no FIFO $fifo" >&2
        exit 1
    }
    # Open for reading and writing: never an end of file when a callback closes its end.
    exec 3<>"$fifo"
    while read -r -u 3 action role _; do
        case $action:$role in
        on_stop:*) want=0 ;;
        *:master | *:primary) want=1 ;;
        *) want=0 ;;
        esac
        if ((want)); then
            ip addr replace "$addr" dev "$dev"
            arping -q -U -c 2 -I "$dev" "$ip" </dev/null >/dev/null 2>&1 &
            printf '%s %s %s: %s added\n' "$(now)" "$action" "$role" "$ip"
        else
            ip addr del "$addr" dev "$dev" 2>/dev/null || true
            printf '%s %s %s: %s removed\n' "$(now)" "$action" "$role" "$ip"
        fi
    done
    ;;
*) usage ;;
esac
