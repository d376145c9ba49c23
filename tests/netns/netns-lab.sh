#!/usr/bin/env bash
# Network-namespace lab: a two-node cluster with a real floating VIP, a service, a client and a
# tiebreaker, every part in network namespaces this script creates. Needs root and `ip netns`.
#
#   netns-lab.sh up DIR [OPTIONS]        build the namespaces and start the nodes (see below)
#   netns-lab.sh down DIR [--purge]      stop every process in the lab's namespaces, delete them
#   netns-lab.sh fault DIR FAULT...      break or mend the network (see below)
#   netns-lab.sh start-agent DIR NODE    start NODE's agent again (after a test killed it)
#   netns-lab.sh start-keepalived DIR NODE   the same for keepalived
#   netns-lab.sh start-patroni DIR NODE      the same for Patroni (a lab with --patroni)
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
# Mirror channel "data": DIR/node1/data <-> DIR/node2/data over the private link. --postgresql
# puts the database in place of the HTTP service, and its channel in place of the mirror.
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
#   --profile NAME        [timing] profile = NAME (default, fast); the two above override it
#   --address-only        group "service" holds only the VIP, and the HTTP service runs on both
#                         nodes outside the agents, as with --keepalived: TwinHA moves what
#                         keepalived moves, and nothing else (no mirror "data" either)
#   --keepalived default|fast   no TwinHA at all: keepalived (VRRP) moves the VIP and the HTTP
#                         service runs on both nodes. default: advert_int 1; fast: VRRPv3 with
#                         advert_int $KEEPALIVED_FAST_ADVERT (default 0.1)
#   --postgresql          a PostgreSQL 15 pair in the node namespaces (before the agents): node1
#                         primary, node2 a streaming standby (pg_basebackup -R), each on its lan
#                         address and the VIP, port 5432; files in DIR/pgN/{data,conf,run}, log
#                         DIR/pgN/postgresql.log; run as the system user postgres. Group "service"
#                         is then what a Patroni pair runs: resource "db" (type postgresql), then
#                         its address; channel "pg" streams it. No HTTP service, no mirror "data"
#   --patroni             no TwinHA: etcd in the witness namespace and Patroni (Debian's patroni,
#                         its defaults) on each node running the same PostgreSQL pair; the VIP
#                         follows the leader through Patroni's callbacks (patroni-vip.sh)
#   --disks               each node's DIR/NODE/state and DIR/NODE/data on disks of their own
#                         (loop-mounted ext4 images), which `fault stall` can freeze
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
#   stall NODE MS           NODE's disks (up --disks) frozen for MS milliseconds: every write to
#                           its state and data waits; the command returns once they have thawed
#
# Namespaces are named twha-OWNER-UPPID-{switch,node1,node2,client}. A watchdog tears the lab down
# when OWNER exits, even if it was killed; `up` also removes the labs of owners that are gone.
# `up` prints, as its last line, DIR/lab.env (NS_*, AGENT_PID_*, SOCKET_*, PROFILE, ...).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
# shellcheck source=lab-disks.sh
source "$SCRIPT_DIR/lab-disks.sh"
readonly SCRIPT_DIR REPO
# shellcheck source=tests/lab/pg-conf.sh
source "$REPO/tests/lab/pg-conf.sh"
readonly MARKER=.twinha-netns-lab
readonly NODES=(node1 node2)
readonly START_TIMEOUT_S=10
readonly STOP_TIMEOUT_S=3
readonly LAN=10.77.1 PRIV=10.77.2
readonly VIP1=10.77.1.10 VIP2=10.77.1.11 TIEBREAKER=10.77.1.254 CLIENT_IP=10.77.1.100
readonly HTTP1=8080 HTTP2=8081 HB_PORT=5405 RSYNC_PORT=8730
readonly WITNESS_IP=10.77.1.253 WITNESS_PORT=5410 ETCD_PORT=2379
readonly PG_BIN=/usr/lib/postgresql/15/bin PG_PORT=5432 PG_USER=postgres PG_REPL_USER=twinha_repl
readonly PG_START_TIMEOUT_S=30 PATRONI_PORT=8008 PATRONI_SCOPE=twinha-netns LAB_SUBNETS=10.77.0.0/16

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
    stall)
        [[ $# -eq 3 ]] || usage
        stall_disk "$2" "$3"
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
        if [[ -n $INTERVAL_MS || -n $DEAD_TIME_MS || -n $PROFILE ]]; then
            printf '\n[timing]\n'
            [[ -z $PROFILE ]] || printf 'profile = "%s"\n' "$PROFILE"
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
        if ((ADDRESS_ONLY)); then
            : # the address alone, as keepalived moves it
        elif ((POSTGRESQL)); then
            cat <<EOF

# The standby streams the WAL of the primary, which runs "service".
[[replication]]
name = "pg"
type = "postgresql"
group = "service"
max_lag_s = 5
max_lag_bytes = 1048576
EOF
        else
            cat <<EOF

[[replication]]
name = "data"
type = "mirror"
group = "service"
paths = { node1 = "$LAB_DIR/node1/data", node2 = "$LAB_DIR/node2/data" }
endpoints = { node1 = "$PRIV.1:$RSYNC_PORT", node2 = "$PRIV.2:$RSYNC_PORT" }
interval_s = 5
max_lag_s = 5
EOF
        fi
        cat <<EOF

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
    if ((POSTGRESQL)); then
        pg_resource
    elif ((ADDRESS_ONLY == 0)); then
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
    fi
    [[ $MODE != duplex ]] || return 0
    # Resources start in file order: the database is primary before the address arrives.
    cat <<EOF

[[group.resource]]
type = "vip"
name = "$name-ip"
address = "$vip/24"
interface = "eth0"
dad = $(if ((DAD)); then echo true; else echo false; fi)
EOF
}

pg_resource() {
    pg_resource_toml "$LAB_DIR/pg1" "$LAB_DIR/pg2" "$LAN.1:$PG_PORT" "$LAN.2:$PG_PORT" \
        "$PG_USER" "$PG_REPL_USER" "$PG_BIN"
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
    local node=$1 pid cg gate=()
    rm -f -- "$LAB_DIR/$node/control.sock"
    cg=$(agent_cgroup "$node")
    [[ -z $cg ]] || mkdir -p "$cg" 2>/dev/null || cg=
    # START_AFTER=FIFO: everything is ready, in the namespace and the cgroup, but the agent is
    # exec'd only once a line arrives on FIFO, as systemd starts a unit (restart-agent-as-unit.sh).
    # FIFO.ready appears once it waits there; any line but "go" ends it without starting the agent.
    # shellcheck disable=SC2016 # $0 and $@ belong to the inner shell
    [[ -z ${START_AFTER:-} ]] ||
        gate=(sh -c ': >"$0.ready"; read -r go <"$0"; [ "$go" = go ] || exit 1; exec "$@"' "$START_AFTER")
    # Into the cgroup before entering the namespace: ip netns exec mounts a sysfs of its own, which
    # hides the cgroup tree. The pid stays the agent's: both the shell and ip exec what follows.
    # shellcheck disable=SC2016 # $$ and $1 belong to the inner shell
    sh -c '[ -z "$1" ] || echo $$ >"$1/cgroup.procs" || exit 1; shift; exec "$@"' sh "$cg" \
        ip netns exec "$(ns_of "$node")" "${gate[@]}" "$AGENT" daemon --config "$LAB_DIR/cluster.toml" --node "$node" \
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

# ---------------------------------------------------------------- postgresql and patroni

# A PostgreSQL server process: the postmaster ("/usr/lib/.../postgres -D ...") or one of its
# children, which rename themselves ("postgres: netns-node1: checkpointer").
is_postgres() {
    local first
    first=$(tr '\0' '\n' <"/proc/$1/cmdline" 2>/dev/null | head -n 1) || return 1
    [[ ${first##*/} == postgres || $first == postgres: ]]
}

# Runs CMD as the user postgres in NODE's namespace, from DIR/pgN: the pg tools warn when they
# cannot read the current folder, which /root is to postgres.
pg_run() { # NODE CMD...
    local node=$1 ns
    ns=$(ns_of "$node")
    shift
    (cd "$LAB_DIR/pg${node#node}" && exec ip netns exec "$ns" runuser -u "$PG_USER" -- "$@")
}

# psql on NODE's unix socket as postgres (the superuser), failing on the first error.
pg_sql() { # NODE DB ARGS...
    local node=$1 db=$2
    shift 2
    pg_run "$node" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$LAB_DIR/pg${node#node}/run" -p "$PG_PORT" \
        -U "$PG_USER" -d "$db" "$@"
}

pg_check() {
    [[ -x $PG_BIN/initdb ]] || die "$PG_BIN/initdb not found (package: postgresql-15)"
    id -u "$PG_USER" >/dev/null 2>&1 || die "system user '$PG_USER' not found (package: postgresql-15)"
    command -v runuser >/dev/null || die "'runuser' not found (package: util-linux)"
    if ((PATRONI)); then
        if ! command -v patroni >/dev/null || ! command -v patronictl >/dev/null; then
            die "'patroni' not found (package: patroni)"
        fi
    fi
    # PostgreSQL runs as postgres and must reach its files: search rights on every parent folder.
    runuser -u "$PG_USER" -- test -x "$(dirname "$LAB_DIR")" ||
        die "user $PG_USER cannot reach $(dirname "$LAB_DIR"); choose a DIR whose parent folders all have o+x"
}

pg_make_dirs() {
    local i
    runuser -u "$PG_USER" -- test -x "$LAB_DIR" || chmod o+x "$LAB_DIR"
    for i in 1 2; do
        mkdir -p "$LAB_DIR/pg$i/conf" "$LAB_DIR/pg$i/run"
        # Patroni makes the data folder itself (initdb on node1, pg_basebackup on node2).
        ((PATRONI)) || mkdir -p "$LAB_DIR/pg$i/data"
        [[ ! -d $LAB_DIR/pg$i/data ]] || chmod 0700 "$LAB_DIR/pg$i/data"
    done
    chown -R "$PG_USER:" "$LAB_DIR/pg1" "$LAB_DIR/pg2"
    # PostgreSQL listens on the VIP too, before this node holds it.
    for i in 1 2; do
        in_ns "node$i" sysctl -qw net.ipv4.ip_nonlocal_bind=1
    done
}

# NODE's postgresql.conf and pg_hba.conf in DIR/pgN/conf, outside the data folder (Debian's
# layout), so that pg_basebackup and pg_rewind never carry a node's address across.
pg_write_conf() { # NODE
    local i=${1#node} dir=$LAB_DIR/pg${1#node}
    pg_conf_body "$dir" "$LAN.$i,$VIP1" "$PG_PORT" "netns-$1" >"$dir/conf/postgresql.conf"
    pg_write_hba >"$dir/conf/pg_hba.conf"
    chown -R "$PG_USER:" "$dir/conf"
}

pg_write_hba() {
    cat <<CONF
# netns lab: the lab's subnets are trusted. TYPE DATABASE USER ADDRESS METHOD
local all all trust
local replication all trust
host all all 127.0.0.1/32 trust
host all all $LAB_SUBNETS trust
host replication all $LAB_SUBNETS trust
CONF
}

pg_start() { # NODE
    local node=$1 dir=$LAB_DIR/pg${1#node}
    if ! pg_run "$node" "$PG_BIN/pg_ctl" -D "$dir/conf" -l "$dir/postgresql.log" -w -t "$PG_START_TIMEOUT_S" start >&2; then
        tail -n 30 "$dir/postgresql.log" >&2 || true
        die "PostgreSQL of $node did not start; the end of $dir/postgresql.log is above"
    fi
}

# Waits until NODE (the primary) has N standbys streaming.
pg_wait_streaming() { # NODE N
    local n deadline=$((SECONDS + PG_START_TIMEOUT_S))
    while :; do
        n=$(pg_sql "$1" postgres -A -t -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'" 2>/dev/null) || n=
        [[ $n != "$2" ]] || return 0
        if ((SECONDS >= deadline)); then
            tail -n 20 "$LAB_DIR/pg1/postgresql.log" "$LAB_DIR/pg2/postgresql.log" "$LAB_DIR"/node[12]/patroni.log >&2 2>/dev/null || true
            die "no standby streams from $1 after ${PG_START_TIMEOUT_S}s; the ends of the logs are above"
        fi
        sleep 0.1
    done
}

# The role with what pg_rewind needs from a non-superuser source, the database and its table.
pg_make_db() { # NODE REPLICATION-ROLE-EXISTS
    local create="CREATE ROLE $PG_REPL_USER WITH LOGIN REPLICATION;"
    ((${2:-0} == 0)) || create=
    pg_sql "$1" postgres >&2 <<SQL || die "could not create the replication role and database on $1"
$create
GRANT EXECUTE ON function pg_catalog.pg_ls_dir(text, boolean, boolean) TO $PG_REPL_USER;
GRANT EXECUTE ON function pg_catalog.pg_stat_file(text, boolean) TO $PG_REPL_USER;
GRANT EXECUTE ON function pg_catalog.pg_read_binary_file(text) TO $PG_REPL_USER;
GRANT EXECUTE ON function pg_catalog.pg_read_binary_file(text, bigint, bigint, boolean) TO $PG_REPL_USER;
CREATE DATABASE labdb;
SQL
    pg_sql "$1" labdb -c 'CREATE TABLE acks (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())' >&2 ||
        die "could not create table acks in labdb on $1"
}

# node1: initdb, the role and the database; node2: pg_basebackup -R from node1. Returns once
# node2 streams.
pg_up() {
    local d1=$LAB_DIR/pg1 d2=$LAB_DIR/pg2 f
    pg_run node1 "$PG_BIN/initdb" -D "$d1/data" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 >"$d1/initdb.log" 2>&1 ||
        {
            cat "$d1/initdb.log" >&2
            die "initdb failed for node1; its output is above"
        }
    for f in postgresql.conf pg_hba.conf pg_ident.conf; do
        mv -- "$d1/data/$f" "$d1/conf/$f"
    done
    cp -p -- "$d1/conf/pg_ident.conf" "$d2/conf/pg_ident.conf"
    pg_write_conf node1
    pg_write_conf node2
    pg_start node1
    pg_make_db node1
    pg_run node2 "$PG_BIN/pg_basebackup" -h "$LAN.1" -p "$PG_PORT" -U "$PG_REPL_USER" -D "$d2/data" -X stream -R \
        --checkpoint=fast >"$d2/basebackup.log" 2>&1 ||
        {
            cat "$d2/basebackup.log" >&2
            die "pg_basebackup of node1 into node2 failed; its output is above"
        }
    chmod 0700 "$d2/data"
    pg_start node2
    pg_wait_streaming node1 1
    log "PostgreSQL up: node1 primary, node2 streaming standby, port $PG_PORT"
}

# The postmaster of DIR/pgN, from its postmaster.pid, if it runs.
pg_postmaster_pid() { # N
    local pid
    pid=$(head -n 1 "$LAB_DIR/pg$1/data/postmaster.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] && is_alive "$pid" && is_postgres "$pid" && echo "$pid"
}

# Patroni first (it would start PostgreSQL again), then a fast shutdown with pg_ctl in each node's
# namespace; whatever postmaster is left then gets SIGQUIT, then SIGKILL with its children.
stop_postgres() {
    local i pid p deadline pids=()
    while read -r pid; do
        is_alive "$pid" && pids+=("$pid")
    done < <(sed -n 's/^PATRONI_PID_NODE[12]=//p' "$LAB_DIR/lab.env" 2>/dev/null | sort -u)
    if ((${#pids[@]} > 0)); then
        kill -TERM "${pids[@]}" 2>/dev/null || true
        deadline=$((SECONDS + 15))
        for p in "${pids[@]}"; do
            while is_alive "$p" && ((SECONDS < deadline)); do sleep 0.1; done
        done
    fi
    for i in 1 2; do
        [[ -f $LAB_DIR/pg$i/data/postmaster.pid ]] || continue
        if [[ -e /run/netns/$(ns_of "node$i" 2>/dev/null) ]]; then
            pg_run "node$i" "$PG_BIN/pg_ctl" -D "$LAB_DIR/pg$i/data" -m fast -w -t 10 stop >/dev/null 2>&1 ||
                log "pg_ctl could not stop PostgreSQL of node$i; killing it"
        fi
    done
}

kill_postgres() {
    local i pid p children
    for i in 1 2; do
        pid=$(pg_postmaster_pid "$i") || continue
        children=$(pgrep -P "$pid" || true)
        kill -QUIT "$pid" 2>/dev/null || true
        sleep 0.5
        for p in $pid $children; do
            if is_alive "$p" && is_postgres "$p"; then kill -KILL "$p" 2>/dev/null || true; fi
        done
    done
}

write_patroni_yml() { # NODE
    local node=$1 i=${1#node} cb="$SCRIPT_DIR/patroni-vip.sh notify $LAB_DIR $1"
    cat >"$LAB_DIR/$node/patroni.yml" <<EOF
# Patroni of netns lab $node; generated by netns-lab.sh. Patroni's defaults, except what the lab
# needs to run at all (addresses, folders, users, trust in pg_hba, the VIP callbacks), a fast
# checkpoint for the first clone of node2, and use_pg_rewind (the usual production setting).
scope: $PATRONI_SCOPE
name: $node
restapi:
  listen: $LAN.$i:$PATRONI_PORT
  connect_address: $LAN.$i:$PATRONI_PORT
etcd3:
  hosts: $WITNESS_IP:$ETCD_PORT
bootstrap:
  dcs:
    ttl: 30
    loop_wait: 10
    retry_timeout: 10
    maximum_lag_on_failover: 1048576
    postgresql:
      use_pg_rewind: true
      parameters:
        wal_log_hints: 'on'
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
  pg_hba:
$(pg_write_hba | sed -n 's/^\([a-z].*\)/    - \1/p')
postgresql:
  listen: $LAN.$i,$VIP1:$PG_PORT
  connect_address: $LAN.$i:$PG_PORT
  data_dir: $LAB_DIR/pg$i/data
  bin_dir: $PG_BIN
  pgpass: $LAB_DIR/pg$i/pgpass
  # Only how node2 is first cloned: without it pg_basebackup waits for a spread checkpoint.
  basebackup:
    - checkpoint: fast
  authentication:
    superuser:
      username: $PG_USER
    replication:
      username: $PG_REPL_USER
  parameters:
    unix_socket_directories: '$LAB_DIR/pg$i/run'
  callbacks:
    on_start: $cb
    on_stop: $cb
    on_role_change: $cb
EOF
    chown "$PG_USER:" "$LAB_DIR/$node/patroni.yml"
}

start_patroni() { # NODE
    local node=$1 pid
    pid=$(spawn "$node" "$LAB_DIR/$node/patroni.log" runuser -u "$PG_USER" -- patroni "$LAB_DIR/$node/patroni.yml")
    wait_for "$node patroni" "$pid" "$LAB_DIR/$node/patroni.log" listens_tcp "$node" "$PATRONI_PORT"
    set_env "PATRONI_PID_${node^^}" "$pid"
    log "$node patroni up, pid $pid"
}

# The root helper that adds and removes the VIP for Patroni's callbacks (patroni-vip.sh).
start_vip_helper() { # NODE
    local node=$1 pid fifo=$LAB_DIR/$1/vip.fifo
    rm -f -- "$fifo"
    mkfifo -m 0600 "$fifo"
    chown "$PG_USER:" "$fifo"
    pid=$(spawn "$node" "$LAB_DIR/$node/vip-helper.log" "$SCRIPT_DIR/patroni-vip.sh" serve "$LAB_DIR" "$node" "$VIP1/24" eth0)
    set_env "VIP_HELPER_PID_${node^^}" "$pid"
}

patroni_up() {
    local node
    chown "$PG_USER:" "$LAB_DIR/node1" "$LAB_DIR/node2"
    for node in "${NODES[@]}"; do
        write_patroni_yml "$node"
        start_vip_helper "$node"
    done
    start_patroni node1
    local deadline=$((SECONDS + PG_START_TIMEOUT_S))
    # Patroni's bootstrap is done once it has made the replication role (post_bootstrap).
    until [[ $(pg_sql node1 postgres -A -t -c "SELECT NOT pg_is_in_recovery() AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$PG_REPL_USER')" 2>/dev/null) == t ]]; do
        ((SECONDS < deadline)) || {
            tail -n 30 "$LAB_DIR/node1/patroni.log" >&2
            die "Patroni did not make node1 the leader in ${PG_START_TIMEOUT_S}s; its log is above"
        }
        sleep 0.2
    done
    pg_make_db node1 1
    start_patroni node2
    pg_wait_streaming node1 1
    log "Patroni up: node1 leader, node2 streaming replica"
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
        stop_postgres
        remove_namespaces "$LAB_DIR/lab.netns"
        kill_postgres
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
    thaw_disks
    stop_postgres
    remove_namespaces "$LAB_DIR/lab.netns"
    kill_postgres
    release_disks
}

cmd_up() {
    ((EUID == 0)) || die "the network-namespace lab needs root"
    ip netns list >/dev/null 2>&1 || die "'ip netns' does not work here"
    local tool
    ((ETCD == 0)) || command -v etcd >/dev/null || die "'etcd' not found (package: etcd-server)"
    ((POSTGRESQL == 0 && PATRONI == 0)) || pg_check
    for tool in busybox ssh-keygen ss rsync ping arping; do
        command -v "$tool" >/dev/null ||
            die "'$tool' not found (packages: busybox, openssh-client, iproute2, rsync, iputils-ping, iputils-arping)"
    done
    if ((PATRONI)); then
        :
    elif [[ -n $KEEPALIVED ]]; then
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
        thaw_disks
        [[ ! -f $LAB_DIR/lab.netns ]] || remove_namespaces "$LAB_DIR/lab.netns"
        release_disks
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
    ((DISKS == 0)) || make_disks "${NODES[@]}"
    for node in "${NODES[@]}"; do
        mkdir -p "$LAB_DIR/$node/state" "$LAB_DIR/$node/data" "$LAB_DIR/$node/www-$HTTP1" "$LAB_DIR/$node/www-$HTTP2"
        chmod 0700 "$LAB_DIR/$node/state"
        # http-service.sh waits on it, and makes no folder inside a switchover's gap.
        mkfifo "$LAB_DIR/$node/nap.fifo"
    done
    {
        echo "# netns lab $LAB_DIR; generated by netns-lab.sh"
        printf 'LAB_DIR=%q\nMODE=%q\nKEEPALIVED=%q\nOWNER=%q\n' "$LAB_DIR" "$MODE" "$KEEPALIVED" "$OWNER"
        for role in "${ROLES[@]}"; do
            printf 'NS_%s=%q\n' "${role^^}" "$prefix-$role"
        done
        printf 'WITNESS=%s\nWITNESS_IP=%s\nWITNESS_TTL_MS=%s\n' "$WITNESS" "$WITNESS_IP" "${WITNESS_TTL_MS:-2000}"
        printf 'WITNESS_KIND=%s\n' "$(((ETCD)) && echo etcd || echo twinha)"
        printf 'FENCE=%s\nADDRESS_ONLY=%s\n' "$FENCE" "$ADDRESS_ONLY"
        printf 'VIP1=%s\nVIP2=%s\nTIEBREAKER=%s\nCLIENT_IP=%s\n' "$VIP1" "$VIP2" "$TIEBREAKER" "$CLIENT_IP"
        printf 'NODE1_IP=%s\nNODE2_IP=%s\nHTTP_PORT1=%s\nHTTP_PORT2=%s\n' "$LAN.1" "$LAN.2" "$HTTP1" "$HTTP2"
        printf 'HB_PORT=%s\nDISKS=%s\n' "$HB_PORT" "$DISKS"
        local interval=200 dead=1000
        [[ $PROFILE != fast ]] || interval=50 dead=250
        printf 'INTERVAL_MS=%s\nDEAD_TIME_MS=%s\n' "${INTERVAL_MS:-$interval}" "${DEAD_TIME_MS:-$dead}"
        printf 'POSTGRESQL=%s\nPATRONI=%s\n' "$POSTGRESQL" "$PATRONI"
        if ((POSTGRESQL || PATRONI)); then
            printf 'PG_USER=%s\nPG_BIN=%s\nPG_PORT=%s\nPG_REPL_USER=%s\n' "$PG_USER" "$PG_BIN" "$PG_PORT" "$PG_REPL_USER"
            for i in 1 2; do
                printf 'NODE%s_PG_DATA=%q\nNODE%s_PG_CONF=%q\nNODE%s_PG_SOCKET=%q\nNODE%s_PG_LOG=%q\n' \
                    "$i" "$LAB_DIR/pg$i/data" "$i" "$LAB_DIR/pg$i/conf" "$i" "$LAB_DIR/pg$i/run" \
                    "$i" "$LAB_DIR/pg$i/postgresql.log"
            done
        fi
        if ((PATRONI)); then
            printf 'PATRONI_SCOPE=%s\nPATRONI_PORT=%s\n' "$PATRONI_SCOPE" "$PATRONI_PORT"
            for i in 1 2; do
                printf 'PATRONI_CONFIG_NODE%s=%q\n' "$i" "$LAB_DIR/node$i/patroni.yml"
            done
        fi
        for node in "${NODES[@]}"; do
            printf 'SOCKET_%s=%q\n' "${node^^}" "$LAB_DIR/$node/control.sock"
            printf 'DATA_%s=%q\n' "${node^^}" "$LAB_DIR/$node/data"
        done
    } >>"$LAB_DIR/lab.env"

    if ((PATRONI)); then
        pg_make_dirs
        start_etcd
        patroni_up
    elif [[ -n $KEEPALIVED ]]; then
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
        if ((ADDRESS_ONLY)); then # the service runs on both nodes, as with keepalived
            for node in "${NODES[@]}"; do
                in_ns "$node" env TWINHA_NODE="$node" "$SCRIPT_DIR/http-service.sh" start "$LAB_DIR" "$HTTP1"
            done
        fi
        # The agents manage PostgreSQL, so it runs before they start.
        if ((POSTGRESQL)); then
            pg_make_dirs
            pg_up
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
    thaw_disks # a process waiting on a frozen disk cannot end
    stop_postgres
    remove_namespaces "$LAB_DIR/lab.netns"
    kill_postgres
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
    release_disks
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
AGENT_ARG='' PURGE=0 MODE=hot-standby MANUAL=0 DAD=0 ADDRESS_ONLY=0 DISKS=0 INTERVAL_MS='' DEAD_TIME_MS='' PROFILE='' KEEPALIVED='' OWNER=$PPID
WITNESS=0 WITNESS_TTL_MS='' FENCE=0 ETCD=0 POSTGRESQL=0 PATRONI=0 ROLES=(switch node1 node2 client)

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
        --postgresql) POSTGRESQL=1 ;;
        --patroni) PATRONI=1 ETCD=1 WITNESS=1 ;;
        --witness-ttl-ms) WITNESS_TTL_MS=${2:?} && shift ;;
        --dad) DAD=1 ;;
        --address-only) ADDRESS_ONLY=1 ;;
        --disks) DISKS=1 ;;
        --interval-ms) INTERVAL_MS=${2:?} && shift ;;
        --dead-time-ms) DEAD_TIME_MS=${2:?} && shift ;;
        --profile) PROFILE=${2:?} && shift ;;
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
    ((POSTGRESQL == 0 && PATRONI == 0)) || [[ $MODE == hot-standby && -z $KEEPALIVED ]] ||
        die "--postgresql and --patroni need --mode hot-standby and no --keepalived"
    ((POSTGRESQL == 0 || PATRONI == 0)) || die "--postgresql (TwinHA manages it) or --patroni, not both"
    ((ADDRESS_ONLY == 0)) || [[ $MODE == hot-standby && -z $KEEPALIVED && $POSTGRESQL$PATRONI == 00 ]] ||
        die "--address-only needs --mode hot-standby, and no --keepalived, --postgresql or --patroni"
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
start-patroni)
    [[ $# -eq 1 ]] || usage
    port_of "$1" lan >/dev/null
    start_patroni "$1"
    ;;
exec)
    [[ $# -ge 2 ]] || usage
    role=$1
    shift
    in_ns "$role" "$@"
    ;;
*) usage ;;
esac
