#!/usr/bin/env bash
# The netns lab's fence device, run by an agent like any fence agent: it reads "action=off" and
# "nodename=NODE" (key=value lines) on standard input and "powers off" that node of the lab in DIR:
# every process in its namespace is killed, its addresses are gone and its cables unplugged
# (netns-lab.sh power-off). Exit 0 only when the node is certainly off.
#
#   fence-node.sh DIR    (as [[fence]] script = '.../fence-node.sh DIR' in the lab's cluster.toml)
set -euo pipefail
dir=${1:?usage: fence-node.sh LAB-DIR}
action='' node=''
while IFS='=' read -r key value; do
    case $key in
    action) action=$value ;;
    nodename) node=$value ;;
    esac
done
[[ $action == off ]] || { echo "fence-node.sh: only action=off is supported, not '$action'" >&2; exit 1; }
[[ $node =~ ^node[12]$ ]] || { echo "fence-node.sh: unknown node '$node'" >&2; exit 1; }
exec "$(dirname "$(readlink -f "$0")")/netns-lab.sh" power-off "$dir" "$node"
