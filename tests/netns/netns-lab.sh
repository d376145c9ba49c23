#!/usr/bin/env bash
# Network-namespace lab: a two-node cluster with a real floating VIP, a service, a client and a
# tiebreaker, every part in network namespaces this script creates. Needs root and `ip netns`.
#
#   netns-lab.sh up DIR [OPTIONS]        build the namespaces and start the nodes (see below)
#   netns-lab.sh down DIR [--purge]      stop every process in the lab's namespaces, delete them
#   netns-lab.sh fault DIR FAULT...      break or mend the network (see below)
#   netns-lab.sh start-agent DIR NODE    start NODE's agent again (after a test killed it)
#   netns-lab.sh start-keepalived DIR NODE   the same for keepalived
#   netns-lab.sh start-witness DIR       start the witness again (after a test killed it)
#   netns-lab.sh power-off DIR NODE      what a fence device does: kill everything in NODE's
#                                        namespace, drop its addresses, unplug its cables
#   netns-lab.sh power-on DIR NODE       plug it back in and start its sshd and agent
#   netns-lab.sh exec DIR node1|node2|client|switch|witness CMD...   run CMD in that namespace
#
# Topology (addresses exist only inside the lab's namespaces):
#   switch  bridges br-lan 10.77.1.254/24 (the tiebreaker address) and br-priv, no address
#   node1   eth0 10.77.1.1/24 on br-lan, eth1 10.77.2.1/24 on br-priv
#   node2   eth0 10.77.1.2/24 on br-lan, eth1 10.77.2.2/24 on br-priv
#   client  eth0 10.77.1.100/24 on br-lan
#   witness eth0 10.77.1.253/24 on br-lan (only with --witness): `twinha-agent witness` on port 5410
# Heartbeat links "lan" (eth0) and "private" (eth1). Group "service": the HTTP service
# (http-service.sh, port 8080) then VIP 10.77.1.10/24 on eth0. mutual-backup adds "service2"
# (port 8081, VIP 10.77.1.11, preferred by node2); duplex runs "service" on both nodes, no VIP.
# Mirror channel "data": DIR/node1/data <-> DIR/node2/data over the private link.
#
# Options of `up`:
#   --agent PATH          the agent (default REPO/build/bin/twinha-agent, or $TWINHA_AGENT)
#   --mode hot-standby|mutual-backup|duplex
#   --manual              automatic failover off (default: on, tiebreaker 10.77.1.254)
#   --witness             a witness namespace on br-lan; automatic failover then follows its leases
#   --witness-ttl-ms N    the lease TTL (default: the agent's, 2000)
#   --etcd                the same namespace runs etcd (Debian's etcd-server) instead, and the
#                         agents take their leases there
#   --fence               a [[fence]] device for each node: fence-node.sh, which powers it off
#   --dad                 duplicate address detection (arping -D) before adding the VIP; the lab
#                         turns it off by default (see tests/netns/README.md)
#   --interval-ms N, --dead-time-ms N   heartbeat timing; default: the agent's defaults
#   --keepalived default|fast   no TwinHA at all: keepalived (VRRP) moves the VIP and the HTTP
#                         service runs on both nodes. default: advert_int 1; fast: VRRPv3 with
#                         advert_int $KEEPALIVED_FAST_ADVERT (default 0.1)
#   --owner PID           the lab is torn down when PID exits (default: the caller, $PPID)
#
# Faults (`fault DIR ...`; each changes only the lab's switch namespace):
#   cut NODE lan|private    unplug NODE's cable on that link     restore NODE lan|private
#   isolate NODE            unplug both cables of NODE (no peer, no tiebreaker, no client)
#   split                   the nodes lose each other on both links, but each still reaches
#                           the tiebreaker and the client (private unplugged, lan ports isolated)
#   witness-down            unplug the witness's cable         witness-up   plug it back
#   deaf NODE               NODE stops hearing heartbeats (iptables drops them in its namespace)
#                           while its peer still hears NODE: one direction of the heartbeat lost
#   heal                    every cable back, no isolation (the witness's too)
#
# Namespaces are named twha-OWNER-UPPID-{switch,node1,node2,client}. A watchdog tears the lab down
# when OWNER exits, even if it was killed; `up` also removes the labs of owners that are gone.
# `up` prints, as its last line, DIR/lab.env (NS_*, AGENT_PID_*, SOCKET_*, PROFILE, ...).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
readonly SCRIPT_DIR REPO
readonly MARKER=.twinha-netns-lab
readonly NODES=(node1 node2)
readonly START_TIMEOUT_S=10
readonly STOP_TIMEOUT_S=3
readonly LAN=10.77.1 PRIV=10.77.2
readonly VIP1=10.77.1.10 VIP2=10.77.1.11 TIEBREAKER=10.77.1.254 CLIENT_IP=10.77.1.100
readonly HTTP1=8080 HTTP2=8081 HB_PORT=5405 RSYNC_PORT=8730
readonly WITNESS_IP=10.77.1.253 WITNESS_PORT=5410 ETCD_PORT=2379

log() { printf 'netns-lab: %s\n' "$*" >&2; }
die() {
    printf 'netns-lab: error: %s\n' "$*" >&2
    exit 1
}
usage() { # the comment block at the top of this file
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
    exit 2
}

# ---------------------------------------------------------------- namespaces and processes

# Alive and not a zombie: an orphan's zombie stays until init reaps it, and some inits are slow.
is_alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}

ns_of() { # node1|node2|client|switch -> namespace name, from the lab's record
    local name
    name=$(sed -n "s/^$1 //p" "$LAB_DIR/lab.netns" 2>/dev/null)
    [[ -n $name ]] || die "no namespace '$1' in $LAB_DIR"
    echo "$name"
}

in_ns() { # in_ns ROLE CMD...
    local ns
    ns=$(ns_of "$1")
    shift
    ip netns exec "$ns" "$@"
}

# Ends every process in the namespaces listed in FILE and deletes the namespaces. Stopped
# processes are resumed first, or SIGTERM would wait for them.
remove_namespaces() {
    local file=$1 role ns pids=() p deadline
    [[ -f $file ]] || return 0
    while read -r role ns; do
        [[ -n ${ns:-} && -e /run/netns/$ns ]] || continue
        for p in $(ip netns pids "$ns" 2>/dev/null); do
            [[ $p != "$$" && $p != "$BASHPID" ]] && pids+=("$p")
        done
    done <"$file"
    if ((${#pids[@]} > 0)); then
        kill -CONT "${pids[@]}" 2>/dev/null || true
        kill -TERM "${pids[@]}" 2>/dev/null || true
        deadline=$((SECONDS + STOP_TIMEOUT_S))
        while ((SECONDS < deadline)); do
            local left=0
            for p in "${pids[@]}"; do
                is_alive "$p" && left=1
            done
            ((left)) || break
            sleep 0.05
        done
        kill -KILL "${pids[@]}" 2>/dev/null || true
    fi
    while read -r role ns; do
        [[ -n ${ns:-} && -e /run/netns/$ns ]] || continue
        ip netns del "$ns" 2>/dev/null || log "could not delete namespace $ns"
    done <"$file"
}

# Labs whose owner is gone (killed before its watchdog ran, or a reboot of the watchdog).
reap_orphans() {
    local ns owner
    for ns in $(ip netns list 2>/dev/null | awk '{print $1}'); do
        [[ $ns =~ ^twha-([0-9]+)-[0-9]+-(switch|node1|node2|client|witness)$ ]] || continue
        owner=${BASH_REMATCH[1]}
        is_alive "$owner" && continue
        log "removing namespace $ns of a lab whose owner (pid $owner) is gone"
        local tmp
        tmp=$(mktemp)
        echo "x $ns" >"$tmp"
        remove_namespaces "$tmp"
        rm -f -- "$tmp"
    done
}

# Starts CMD in ROLE's namespace in the background, logging to LOG; records and prints its pid.
spawn() { # spawn ROLE LOG CMD...
    local role=$1 logfile=$2 ns pid
    shift 2
    ns=$(ns_of "$role")
    ip netns exec "$ns" "$@" </dev/null >>"$logfile" 2>&1 &
    pid=$!
    echo "$pid"
}

wait_for() { # wait_for DESCRIPTION PID LOG TEST-CMD...
    local what=$1 pid=$2 logfile=$3 deadline=$((SECONDS + START_TIMEOUT_S))
    shift 3
    until "$@"; do
        if ! is_alive "$pid"; then
            tail -n 30 "$logfile" >&2 || true
            die "$what (pid $pid) exited; its log is above"
        fi
        if ((SECONDS >= deadline)); then
            tail -n 30 "$logfile" >&2 || true
            die "$what (pid $pid) not ready after ${START_TIMEOUT_S}s; its log is above"
        fi
        sleep 0.05
    done
}

listens_tcp() { [[ -n $(in_ns "$1" ss -Htln "sport = :$2") ]]; }

# ---------------------------------------------------------------- network

build_network() {
    local sw cl i node ns role br
    sw=$(ns_of switch)
    cl=$(ns_of client)
    for role in "${ROLES[@]}"; do
        ns=$(ns_of "$role")
        ip -n "$ns" link set lo up
        # No IPv6 chatter (router solicitations, MLD) in the measurements.
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    done
    # No STP and no multicast snooping: ports forward at once, and VRRP adverts reach every port.
    for br in br-lan br-priv; do
        ip -n "$sw" link add "$br" type bridge stp_state 0 forward_delay 0 mcast_snooping 0
        ip -n "$sw" link set "$br" up
    done
    ip -n "$sw" addr add "$TIEBREAKER/24" dev br-lan
    for i in 1 2; do
        node=node$i
        ns=$(ns_of "$node")
        ip -n "$sw" link add "n$i-lan" type veth peer name eth0 netns "$ns"
        ip -n "$sw" link add "n$i-priv" type veth peer name eth1 netns "$ns"
        ip -n "$sw" link set "n$i-lan" master br-lan up
        ip -n "$sw" link set "n$i-priv" master br-priv up
        ip -n "$ns" addr add "$LAN.$i/24" dev eth0
        ip -n "$ns" addr add "$PRIV.$i/24" dev eth1
        ip -n "$ns" link set eth0 up
        ip -n "$ns" link set eth1 up
    done
    ip -n "$sw" link add cl-lan type veth peer name eth0 netns "$cl"
    ip -n "$sw" link set cl-lan master br-lan up
    ip -n "$cl" addr add "$CLIENT_IP/24" dev eth0
    ip -n "$cl" link set eth0 up
    if ((WITNESS)); then
        ns=$(ns_of witness)
        ip -n "$sw" link add w-lan type veth peer name eth0 netns "$ns"
        ip -n "$sw" link set w-lan master br-lan up
        ip -n "$ns" addr add "$WITNESS_IP/24" dev eth0
        ip -n "$ns" link set eth0 up
    fi
}

port_of() { # port_of NODE LINK -> the switch port of NODE's cable on LINK
    [[ $1 =~ ^node([12])$ ]] || die "unknown node '$1'"
    case $2 in
    lan) echo "n${BASH_REMATCH[1]}-lan" ;;
    private) echo "n${BASH_REMATCH[1]}-priv" ;;
    *) die "unknown link '$2' (lan, private)" ;;
    esac
}

cmd_fault() {
    [[ -f $LAB_DIR/$MARKER ]] || die "$LAB_DIR is not a netns lab"
    local sw
    sw=$(ns_of switch)
    [[ $# -ge 1 ]] || usage
    case $1 in
    cut | restore)
        [[ $# -eq 3 ]] || usage
        ip -n "$sw" link set "$(port_of "$2" "$3")" "$([[ $1 == cut ]] && echo down || echo up)"
        ;;
    isolate)
        [[ $# -eq 2 ]] || usage
        ip -n "$sw" link set "$(port_of "$2" lan)" down
        ip -n "$sw" link set "$(port_of "$2" private)" down
        ;;
    split)
        ip -n "$sw" link set n1-priv down
        ip -n "$sw" link set n2-priv down
        # Isolated bridge ports do not forward to each other, only to the others (tiebreaker, client).
        ip -n "$sw" link set n1-lan type bridge_slave isolated on
        ip -n "$sw" link set n2-lan type bridge_slave isolated on
        ;;
    deaf)
        [[ $# -eq 2 ]] || usage
        port_of "$2" lan >/dev/null
        command -v iptables >/dev/null || die "'iptables' not found (package: iptables)"
        in_ns "$2" iptables -A INPUT -p udp --dport "$HB_PORT" -j DROP
        ;;
    witness-down | witness-up)
        [[ -n $(sed -n 's/^witness //p' "$LAB_DIR/lab.netns") ]] || die "this lab has no witness (up --witness)"
        ip -n "$sw" link set w-lan "$([[ $1 == witness-down ]] && echo down || echo up)"
        ;;
    heal)
        local p
        for p in n1-lan n2-lan n1-priv n2-priv; do
            ip -n "$sw" link set "$p" type bridge_slave isolated off
            ip -n "$sw" link set "$p" up
        done
        if [[ -n $(sed -n 's/^witness //p' "$LAB_DIR/lab.netns") ]]; then
            ip -n "$sw" link set w-lan up
        fi
        if command -v iptables >/dev/null; then
            for p in "${NODES[@]}"; do
                in_ns "$p" iptables -F INPUT 2>/dev/null || true
            done
        fi
        ;;
    *) usage ;;
    esac
}

# ---------------------------------------------------------------- configuration

write_cluster_toml() {
    local file=$LAB_DIR/cluster.toml automatic=true
    ((MANUAL)) && automatic=false
    {
        cat <<EOF
# Network-namespace lab cluster; generated by tests/netns/netns-lab.sh. Schema: installer/cluster.toml.
[cluster]
name = "netns"
mode = "$MODE"
key_file = "$LAB_DIR/cluster.key"
EOF
        if [[ -n $INTERVAL_MS || -n $DEAD_TIME_MS ]]; then
            printf '\n[timing]\n'
            [[ -z $INTERVAL_MS ]] || printf 'interval_ms = %s\n' "$INTERVAL_MS"
            [[ -z $DEAD_TIME_MS ]] || printf 'dead_time_ms = %s\n' "$DEAD_TIME_MS"
        fi
        cat <<EOF

[[node]]
name = "node1"

[[node]]
name = "node2"

[[link]]
name = "lan"
endpoints = { node1 = "$LAN.1:$HB_PORT", node2 = "$LAN.2:$HB_PORT" }

[[link]]
name = "private"
endpoints = { node1 = "$PRIV.1:$HB_PORT", node2 = "$PRIV.2:$HB_PORT" }
EOF
        group service "$HTTP1" "$VIP1" node1
        [[ $MODE != mutual-backup ]] || group service2 "$HTTP2" "$VIP2" node2
        cat <<EOF

[[replication]]
name = "data"
type = "mirror"
group = "service"
paths = { node1 = "$LAB_DIR/node1/data", node2 = "$LAB_DIR/node2/data" }
endpoints = { node1 = "$PRIV.1:$RSYNC_PORT", node2 = "$PRIV.2:$RSYNC_PORT" }
interval_s = 5
max_lag_s = 5

[failover]
automatic = $automatic
tiebreakers = ["$TIEBREAKER"]
EOF
        if ((FENCE)); then
            for node in "${NODES[@]}"; do
                printf '\n[[fence]]\nnode = "%s"\nscript = '"'"'%s %s'"'"'\ntimeout_ms = 10000\n' \
                    "$node" "$SCRIPT_DIR/fence-node.sh" "$LAB_DIR"
            done
        fi
        if ((ETCD)); then
            printf '\n[witness]\netcd = ["http://%s:%s"]\n' "$WITNESS_IP" "$ETCD_PORT"
            [[ -z $WITNESS_TTL_MS ]] || printf 'ttl_ms = %s\n' "$WITNESS_TTL_MS"
        elif ((WITNESS)); then
            printf '\n[witness]\naddress = "%s:%s"\n' "$WITNESS_IP" "$WITNESS_PORT"
            [[ -z $WITNESS_TTL_MS ]] || printf 'ttl_ms = %s\n' "$WITNESS_TTL_MS"
        fi
        cat <<EOF

[control]
socket_mode = "0660"
EOF
    } >"$file"
}

group() { # group NAME HTTP-PORT VIP PREFERRED: the service first, then the address clients use
    local name=$1 port=$2 vip=$3 preferred=$4 cmd="$SCRIPT_DIR/http-service.sh"
    printf '\n[[group]]\nname = "%s"\n' "$name"
    [[ $MODE == duplex ]] || printf 'preferred = "%s"\n' "$preferred"
    cat <<EOF

[[group.resource]]
type = "script"
name = "$name-http"
start = '$cmd start $LAB_DIR $port'
stop = '$cmd stop $LAB_DIR $port'
status = '$cmd status $LAB_DIR $port'
run_as = "root"
timeout_ms = 5000
EOF
    [[ $MODE != duplex ]] || return 0
    cat <<EOF

[[group.resource]]
type = "vip"
name = "$name-ip"
address = "$vip/24"
interface = "eth0"
dad = $(if ((DAD)); then echo true; else echo false; fi)
EOF
}

write_keepalived_conf() { # NODE PRIORITY
    local node=$1 priority=$2 version=2 advert=1
    if [[ $KEEPALIVED == fast ]]; then
        version=3
        advert=${KEEPALIVED_FAST_ADVERT:-0.1}
    fi
    cat >"$LAB_DIR/$node/keepalived.conf" <<EOF
# keepalived for netns lab $node ($KEEPALIVED settings); generated by netns-lab.sh
global_defs {
    router_id $node
    vrrp_version $version
}
vrrp_instance service {
    interface eth0
    virtual_router_id 77
    priority $priority
    advert_int $advert
    virtual_ipaddress {
        $VIP1/24 dev eth0
    }
}
EOF
}

write_ssh_files() {
    local i node
    ssh-keygen -q -t ed25519 -N '' -C twinha-netns-client -f "$LAB_DIR/client_ed25519"
    : >"$LAB_DIR/known_hosts"
    for i in 1 2; do
        node=node$i
        ssh-keygen -q -t ed25519 -N '' -C "twinha-netns-$node" -f "$LAB_DIR/$node/ssh_host_ed25519_key"
        printf '%s %s\n' "$LAN.$i" "$(cat "$LAB_DIR/$node/ssh_host_ed25519_key.pub")" >>"$LAB_DIR/known_hosts"
        cp "$LAB_DIR/client_ed25519.pub" "$LAB_DIR/$node/authorized_keys"
        cat >"$LAB_DIR/$node/sshd_config" <<EOF
# sshd for netns lab $node; generated by netns-lab.sh
Port 22
ListenAddress $LAN.$i
HostKey $LAB_DIR/$node/ssh_host_ed25519_key
AuthorizedKeysFile $LAB_DIR/$node/authorized_keys
PidFile $LAB_DIR/$node/sshd.pid
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
X11Forwarding no
PrintMotd no
LogLevel VERBOSE
EOF
    done
    cat >"$LAB_DIR/profile.json" <<EOF
{
    "twinha_profile": 1,
    "name": "netns",
    "known_hosts": "known_hosts",
    "nodes": [
        { "name": "node1", "host": "$LAN.1", "port": 22, "user": "root", "identity": "client_ed25519",
          "agent_command": "$AGENT session --socket $LAB_DIR/node1/control.sock" },
        { "name": "node2", "host": "$LAN.2", "port": 22, "user": "root", "identity": "client_ed25519",
          "agent_command": "$AGENT session --socket $LAB_DIR/node2/control.sock" }
    ]
}
EOF
}

# ---------------------------------------------------------------- starting the parts

# The cgroup v2 folder a node's agent runs in, as systemd runs it in its unit's: everything the
# agent starts (services of script resources, the dead-man guard) lands there too, whatever
# session or process group it takes. Empty when this machine has no writable cgroup v2.
agent_cgroup() { # NODE
    local root
    root=$(awk '$3 == "cgroup2" { print $2; exit }' /proc/mounts)
    [[ -n $root && -w $root ]] || return 0
    echo "$root/twinha-netns-${LAB_DIR##*/}-$1"
}

start_agent() { # NODE
    local node=$1 pid cg
    rm -f -- "$LAB_DIR/$node/control.sock"
    cg=$(agent_cgroup "$node")
    [[ -z $cg ]] || mkdir -p "$cg" 2>/dev/null || cg=
    # Into the cgroup before entering the namespace: ip netns exec mounts a sysfs of its own, which
    # hides the cgroup tree. The pid stays the agent's: both the shell and ip exec what follows.
    # shellcheck disable=SC2016 # $$ and $1 belong to the inner shell
    sh -c '[ -z "$1" ] || echo $$ >"$1/cgroup.procs" || exit 1; shift; exec "$@"' sh "$cg" \
        ip netns exec "$(ns_of "$node")" "$AGENT" daemon --config "$LAB_DIR/cluster.toml" --node "$node" \
        --state-dir "$LAB_DIR/$node/state" --socket "$LAB_DIR/$node/control.sock" \
        </dev/null >>"$LAB_DIR/$node/agent.log" 2>&1 &
    pid=$!
    [[ -z $cg ]] || set_env "CGROUP_${node^^}" "$cg"
    wait_for "$node agent" "$pid" "$LAB_DIR/$node/agent.log" test -S "$LAB_DIR/$node/control.sock"
    set_env "AGENT_PID_${node^^}" "$pid"
    log "$node agent up, pid $pid"
}

write_witness_toml() {
    mkdir -p "$LAB_DIR/witness/state"
    cat >"$LAB_DIR/witness/witness.toml" <<EOF
# The netns lab's witness; generated by netns-lab.sh. Schema: installer/witness.toml.
listen = ["$WITNESS_IP:$WITNESS_PORT"]
state_dir = "$LAB_DIR/witness/state"

[[cluster]]
name = "netns"
key_file = "$LAB_DIR/cluster.key"
EOF
}

listens_udp() { [[ -n $(in_ns "$1" ss -Huln "sport = :$2") ]]; }

start_etcd() {
    local pid dir=$LAB_DIR/witness
    mkdir -p "$dir"
    pid=$(spawn witness "$dir/etcd.log" etcd --name witness --data-dir "$dir/etcd" \
        --listen-client-urls "http://$WITNESS_IP:$ETCD_PORT" --advertise-client-urls "http://$WITNESS_IP:$ETCD_PORT" \
        --listen-peer-urls http://127.0.0.1:2380 --initial-advertise-peer-urls http://127.0.0.1:2380 \
        --initial-cluster witness=http://127.0.0.1:2380)
    wait_for "etcd" "$pid" "$dir/etcd.log" listens_tcp witness "$ETCD_PORT"
    set_env WITNESS_PID "$pid"
    log "etcd up, pid $pid"
}

start_witness() {
    local pid
    pid=$(spawn witness "$LAB_DIR/witness/witness.log" "$AGENT" witness --config "$LAB_DIR/witness/witness.toml")
    wait_for "witness" "$pid" "$LAB_DIR/witness/witness.log" listens_udp witness "$WITNESS_PORT"
    set_env WITNESS_PID "$pid"
    log "witness up, pid $pid"
}

start_sshd() { # NODE
    local node=$1 pid
    pid=$(spawn "$node" "$LAB_DIR/$node/sshd.log" /usr/sbin/sshd -D -e -f "$LAB_DIR/$node/sshd_config")
    wait_for "$node sshd" "$pid" "$LAB_DIR/$node/sshd.log" listens_tcp "$node" 22
    set_env "SSHD_PID_${node^^}" "$pid"
}

# A fence device's work: nothing of NODE runs or answers afterwards, as after a power cut.
cmd_power_off() { # NODE
    local node=$1 ns sw p pids
    ns=$(ns_of "$node")
    sw=$(ns_of switch)
    ip -n "$sw" link set "$(port_of "$node" lan)" down
    ip -n "$sw" link set "$(port_of "$node" private)" down
    pids=$(ip netns pids "$ns")
    [[ -z $pids ]] || kill -KILL $pids 2>/dev/null || true
    for p in $pids; do
        while is_alive "$p"; do sleep 0.01; done
    done
    ip -n "$ns" addr flush dev eth0 scope global
    printf '%s fenced\n' "$(date +%s.%N)" >>"$LAB_DIR/$node/fenced.log"
    log "$node powered off (fenced)"
}

cmd_power_on() { # NODE
    local node=$1 ns sw i=${1#node}
    ns=$(ns_of "$node")
    sw=$(ns_of switch)
    # No `| grep -q` under pipefail: grep leaving early can fail the pipeline with SIGPIPE.
    [[ $(ip -n "$ns" -o addr show dev eth0) == *"inet $LAN.$i/"* ]] || ip -n "$ns" addr add "$LAN.$i/24" dev eth0
    ip -n "$sw" link set "$(port_of "$node" lan)" up
    ip -n "$sw" link set "$(port_of "$node" private)" up
    local pid
    pid=$(sed -n "s/^SSHD_PID_${node^^}=//p" "$LAB_DIR/lab.env" | tail -n 1)
    [[ -n $pid ]] && is_alive "$pid" || start_sshd "$node"
    pid=$(sed -n "s/^AGENT_PID_${node^^}=//p" "$LAB_DIR/lab.env" | tail -n 1)
    [[ -n $pid ]] && is_alive "$pid" || start_agent "$node"
    log "$node powered on"
}

start_keepalived() { # NODE
    local node=$1 pid dir=$LAB_DIR/$1
    rm -f -- "$dir"/keepalived*.pid "$dir"/vrrp.pid
    pid=$(spawn "$node" "$dir/keepalived.log" keepalived --dont-fork --log-console --log-detail --no-syslog \
        --vrrp --dont-respawn --use-file "$dir/keepalived.conf" --pid "$dir/keepalived.pid" \
        --vrrp_pid "$dir/vrrp.pid" --checkers_pid "$dir/checkers.pid")
    wait_for "$node keepalived" "$pid" "$dir/keepalived.log" test -s "$dir/vrrp.pid"
    set_env "KEEPALIVED_PID_${node^^}" "$pid"
    log "$node keepalived up, pid $pid"
}

# lab.env: KEY=VALUE lines, the last assignment of a key wins.
set_env() {
    printf '%s=%q\n' "$1" "$2" >>"$LAB_DIR/lab.env"
}

UP_DONE=0
on_up_exit() {
    local rc=$?
    if ((UP_DONE == 0)); then
        trap - INT TERM
        log "start-up failed; tearing the lab down (files kept in $LAB_DIR)"
        stop_watchdog
        remove_namespaces "$LAB_DIR/lab.netns"
        ((rc != 0)) || rc=1
    fi
    exit "$rc"
}

start_watchdog() {
    # Detached, and holding none of the caller's pipes: ctest waits for those to close.
    setsid "${BASH_SOURCE[0]}" watch "$LAB_DIR" "$OWNER" </dev/null >>"$LAB_DIR/watchdog.log" 2>&1 &
    echo $! >"$LAB_DIR/watchdog.pid"
}

stop_watchdog() {
    local pid
    [[ -f $LAB_DIR/watchdog.pid ]] || return 0
    pid=$(<"$LAB_DIR/watchdog.pid")
    rm -f -- "$LAB_DIR/watchdog.pid"
    [[ -n $pid && $pid != "$$" && -r /proc/$pid/cmdline ]] || return 0
    if [[ $(tr '\0' ' ' <"/proc/$pid/cmdline") == *" watch $LAB_DIR "* ]]; then
        kill -TERM "$pid" 2>/dev/null || true
    fi
}

cmd_watch() { # the watchdog: tears the lab down once OWNER has gone, or when told to stop
    local owner=$1 stop=0
    trap 'stop=1' TERM INT
    while ((stop == 0)) && is_alive "$owner"; do
        sleep 1 &
        wait $! || true
    done
    ((stop)) && exit 0
    log "owner $owner has gone; tearing the lab down"
    rm -f -- "$LAB_DIR/watchdog.pid"
    remove_namespaces "$LAB_DIR/lab.netns"
}

cmd_up() {
    ((EUID == 0)) || die "the network-namespace lab needs root"
    ip netns list >/dev/null 2>&1 || die "'ip netns' does not work here"
    local tool
    ((ETCD == 0)) || command -v etcd >/dev/null || die "'etcd' not found (package: etcd-server)"
    for tool in busybox ssh-keygen ss rsync ping arping; do
        command -v "$tool" >/dev/null ||
            die "'$tool' not found (packages: busybox, openssh-client, iproute2, rsync, iputils-ping, iputils-arping)"
    done
    if [[ -n $KEEPALIVED ]]; then
        command -v keepalived >/dev/null || die "keepalived not found (package: keepalived)"
        [[ $KEEPALIVED == default || $KEEPALIVED == fast ]] || die "--keepalived default|fast"
    else
        AGENT=${AGENT_ARG:-${TWINHA_AGENT:-$REPO/build/bin/twinha-agent}}
        [[ -x $AGENT && -f $AGENT ]] || die "agent not found: $AGENT (pass --agent PATH)"
        AGENT=$(realpath -- "$AGENT")
        [[ -x /usr/sbin/sshd ]] || die "/usr/sbin/sshd not found (package: openssh-server)"
    fi
    if [[ -d $LAB_DIR && -n $(ls -A "$LAB_DIR") ]]; then
        [[ -f $LAB_DIR/$MARKER ]] || die "$LAB_DIR exists and is not a netns lab folder"
        [[ ! -f $LAB_DIR/lab.netns ]] || remove_namespaces "$LAB_DIR/lab.netns"
        rm -rf -- "${LAB_DIR:?}"/* "${LAB_DIR:?}/$MARKER"
    fi
    reap_orphans
    mkdir -p -- "$LAB_DIR"
    : >"$LAB_DIR/$MARKER"
    : >"$LAB_DIR/lab.env"
    trap on_up_exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    local prefix="twha-$OWNER-$$" role
    for role in "${ROLES[@]}"; do
        echo "$role $prefix-$role" >>"$LAB_DIR/lab.netns"
    done
    start_watchdog
    for role in "${ROLES[@]}"; do
        ip netns add "$prefix-$role"
    done
    build_network
    log "namespaces $prefix-{$(IFS=,; echo "${ROLES[*]}")} built"

    local node i
    for node in "${NODES[@]}"; do
        mkdir -p "$LAB_DIR/$node/state" "$LAB_DIR/$node/data"
        chmod 0700 "$LAB_DIR/$node/state"
    done
    {
        echo "# netns lab $LAB_DIR; generated by netns-lab.sh"
        printf 'LAB_DIR=%q\nMODE=%q\nKEEPALIVED=%q\nOWNER=%q\n' "$LAB_DIR" "$MODE" "$KEEPALIVED" "$OWNER"
        for role in "${ROLES[@]}"; do
            printf 'NS_%s=%q\n' "${role^^}" "$prefix-$role"
        done
        printf 'WITNESS=%s\nWITNESS_IP=%s\nWITNESS_TTL_MS=%s\n' "$WITNESS" "$WITNESS_IP" "${WITNESS_TTL_MS:-2000}"
        printf 'WITNESS_KIND=%s\n' "$(((ETCD)) && echo etcd || echo twinha)"
        printf 'FENCE=%s\n' "$FENCE"
        printf 'VIP1=%s\nVIP2=%s\nTIEBREAKER=%s\nCLIENT_IP=%s\n' "$VIP1" "$VIP2" "$TIEBREAKER" "$CLIENT_IP"
        printf 'NODE1_IP=%s\nNODE2_IP=%s\nHTTP_PORT1=%s\nHTTP_PORT2=%s\n' "$LAN.1" "$LAN.2" "$HTTP1" "$HTTP2"
        printf 'INTERVAL_MS=%s\nDEAD_TIME_MS=%s\n' "${INTERVAL_MS:-200}" "${DEAD_TIME_MS:-1000}"
        for node in "${NODES[@]}"; do
            printf 'SOCKET_%s=%q\n' "${node^^}" "$LAB_DIR/$node/control.sock"
            printf 'DATA_%s=%q\n' "${node^^}" "$LAB_DIR/$node/data"
        done
    } >>"$LAB_DIR/lab.env"

    if [[ -n $KEEPALIVED ]]; then
        # keepalived moves only the address, so the service runs on both nodes all the time.
        for i in 1 2; do
            node=node$i
            in_ns "$node" env TWINHA_NODE="$node" "$SCRIPT_DIR/http-service.sh" start "$LAB_DIR" "$HTTP1"
            write_keepalived_conf "$node" $((i == 1 ? 150 : 100))
            start_keepalived "$node"
        done
    else
        (
            umask 077
            head -c 32 /dev/urandom | base64 >"$LAB_DIR/cluster.key"
        )
        write_cluster_toml
        "$AGENT" check-config "$LAB_DIR/cluster.toml" >"$LAB_DIR/check-config.log" 2>&1 ||
            die "the agent rejects $LAB_DIR/cluster.toml: $(cat "$LAB_DIR/check-config.log")"
        write_ssh_files
        mkdir -p /run/sshd
        chmod 0755 /run/sshd
        if ((ETCD)); then
            start_etcd
        elif ((WITNESS)); then
            write_witness_toml
            start_witness
        fi
        for node in "${NODES[@]}"; do
            start_sshd "$node"
        done
        for node in "${NODES[@]}"; do
            start_agent "$node"
        done
        set_env AGENT "$AGENT"
        set_env PROFILE "$LAB_DIR/profile.json"
    fi
    UP_DONE=1
    trap - EXIT INT TERM
    log "lab is up; stop it with: $0 down $LAB_DIR"
    echo "$LAB_DIR/lab.env"
}

cmd_down() {
    if [[ ! -d $LAB_DIR ]]; then
        log "no lab folder $LAB_DIR; nothing to stop"
        return 0
    fi
    [[ -f $LAB_DIR/$MARKER ]] || die "$LAB_DIR is not a netns lab folder"
    stop_watchdog
    remove_namespaces "$LAB_DIR/lab.netns"
    # Whatever of the lab's agents outlived its namespace (a guard holding a deleted one) is still
    # in the agent's cgroup: stop it, and remove the cgroup once the kernel has let go of it.
    local cg p deadline
    for cg in $(sed -n 's/^CGROUP_NODE[12]=//p' "$LAB_DIR/lab.env" 2>/dev/null | sort -u); do
        [[ -f $cg/cgroup.procs ]] || continue
        deadline=$((SECONDS + STOP_TIMEOUT_S))
        while [[ -s $cg/cgroup.procs ]] && ((SECONDS < deadline)); do
            for p in $(cat "$cg/cgroup.procs"); do
                kill -KILL "$p" 2>/dev/null || true
            done
            sleep 0.05
        done
        rmdir -- "$cg" 2>/dev/null || log "cannot remove the cgroup $cg"
    done
    if ((PURGE)); then
        rm -rf -- "$LAB_DIR"
        log "lab removed with $LAB_DIR"
    else
        log "lab stopped; logs kept in $LAB_DIR"
    fi
}

# ---------------------------------------------------------------- main

[[ $# -ge 2 ]] || usage
COMMAND=$1
LAB_DIR=$(realpath -m -- "$2")
shift 2
[[ $LAB_DIR != / ]] || die "refusing to use / as the lab folder"
[[ $LAB_DIR =~ ^[A-Za-z0-9._/@+,:=~-]+$ ]] || die "lab folder '$LAB_DIR' contains special characters"
readonly LAB_DIR
AGENT_ARG='' PURGE=0 MODE=hot-standby MANUAL=0 DAD=0 INTERVAL_MS='' DEAD_TIME_MS='' KEEPALIVED='' OWNER=$PPID
WITNESS=0 WITNESS_TTL_MS='' FENCE=0 ETCD=0 ROLES=(switch node1 node2 client)

case $COMMAND in
up)
    while [[ $# -gt 0 ]]; do
        case $1 in
        --agent) AGENT_ARG=${2:?} && shift ;;
        --mode) MODE=${2:?} && shift ;;
        --manual) MANUAL=1 ;;
        --witness) WITNESS=1 ;;
        --fence) FENCE=1 ;;
        --etcd) ETCD=1 WITNESS=1 ;;
        --witness-ttl-ms) WITNESS_TTL_MS=${2:?} && shift ;;
        --dad) DAD=1 ;;
        --interval-ms) INTERVAL_MS=${2:?} && shift ;;
        --dead-time-ms) DEAD_TIME_MS=${2:?} && shift ;;
        --keepalived) KEEPALIVED=${2:?} && shift ;;
        --owner) OWNER=${2:?} && shift ;;
        *) usage ;;
        esac
        shift
    done
    case $MODE in
    hot-standby | mutual-backup | duplex) ;;
    *) die "unknown mode '$MODE'" ;;
    esac
    [[ $OWNER =~ ^[0-9]+$ ]] || die "--owner takes a pid"
    ((WITNESS == 0)) || ROLES+=(witness)
    cmd_up
    ;;
down)
    [[ $# -eq 0 || $* == --purge ]] || usage
    [[ $# -eq 0 ]] || PURGE=1
    cmd_down
    ;;
watch) cmd_watch "${1:?}" ;;
fault) cmd_fault "$@" ;;
start-agent)
    [[ $# -eq 1 ]] || usage
    AGENT=$(sed -n 's/^AGENT=//p' "$LAB_DIR/lab.env" | tail -n 1)
    start_agent "$1"
    ;;
power-off | power-on)
    [[ $# -eq 1 ]] || usage
    [[ -f $LAB_DIR/$MARKER ]] || die "$LAB_DIR is not a netns lab"
    AGENT=$(sed -n 's/^AGENT=//p' "$LAB_DIR/lab.env" | tail -n 1)
    port_of "$1" lan >/dev/null
    "cmd_${COMMAND/-/_}" "$1"
    ;;
start-witness)
    [[ $# -eq 0 ]] || usage
    AGENT=$(sed -n 's/^AGENT=//p' "$LAB_DIR/lab.env" | tail -n 1)
    if [[ $(sed -n 's/^WITNESS_KIND=//p' "$LAB_DIR/lab.env" | tail -n 1) == etcd ]]; then start_etcd; else start_witness; fi
    ;;
start-keepalived)
    [[ $# -eq 1 ]] || usage
    start_keepalived "$1"
    ;;
exec)
    [[ $# -ge 2 ]] || usage
    role=$1
    shift
    in_ns "$role" "$@"
    ;;
*) usage ;;
esac
