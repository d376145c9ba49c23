#!/usr/bin/env bash
# The netns lab's fence device, run by an agent like any fence agent: it reads "action=off" (or
# "action=monitor", which only says whether the device answers) and
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
[[ $node =~ ^node[12]$ ]] || { echo "fence-node.sh: unknown node '$node'" >&2; exit 1; }
case $action in
monitor) # the device answers when the lab, and so the node's "power switch", is there
    [[ -f $dir/lab.netns ]] || { echo "fence-node.sh: no lab in $dir" >&2; exit 1; }
    exit 0 ;;
off) ;;
*) echo "fence-node.sh: only action=off and action=monitor are supported, not '$action'" >&2; exit 1 ;;
esac
exec "$(dirname "$(readlink -f "$0")")/netns-lab.sh" power-off "$dir" "$node"
