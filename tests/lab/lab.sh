#!/usr/bin/env bash
# Loopback lab: a two-node TwinHA cluster on 127.0.0.1 made of real parts.
#
#   lab.sh up DIR [--agent PATH] [OPTIONS]   generate keys and configs in DIR, start two sshd and two agents
#   lab.sh down DIR [--purge]      stop everything started for DIR (--purge also deletes DIR)
#   lab.sh status DIR              show which of the lab's processes are alive
#
# Each node gets its own OpenSSH sshd (own port, host key and authorized_keys), its own
# twinha-agent (own state folder and control socket) and its own UDP heartbeat port. The
# virtual IP is replaced by a script resource (vip-holder.sh) that records the holder in a file.
#
# `up` prints progress on stderr and, as its last line on stdout, the absolute path of
# DIR/profile.json, the console's cluster profile. DIR/lab.env holds ports, pids and paths
# for tests (`source DIR/lab.env`).
#
# Options of `up` that shape the cluster (the default: hot standby, one link, manual failover):
#   --mode hot-standby|mutual-backup|duplex
#                          mutual-backup adds group "service2" (preferred by node2, holder file
#                          DIR/vip-holder2); duplex runs "service" on both nodes (holder folder
#                          DIR/duplex-holders/, one file per node running it)
#   --automatic-failover   [failover] automatic = true
#   --lag-too-high         adds a command replication channel "lagprobe" reporting 42 s of lag
#   --two-links            a second heartbeat link "backup"
#   --dead-link            two links, but node1's config points link "backup" at a port nobody
#                          listens on: node2 never hears node1 there (node1 gets its own config)
#   --hb-relay             node1's config sends its heartbeats on link "loopback" to DEAD_PORT, not
#                          to node2: a test relays them there, holds them back or replays them
#   --mirror-ssh           the mirror channel "data" goes over ssh (transport = "ssh") to each node's
#                          lab sshd; it ships once `twinhactl mirror trust` exchanged the nodes' keys
#   --blank                start both agents without a cluster config (unconfigured nodes, as the
#                          setup wizard finds them): each agent's config path is DIR/nodeN/cluster.toml,
#                          which does not exist; DIR/cluster.toml is still generated, for a test to
#                          apply with config.apply. Not with --dead-link or --hb-relay.
# Every lab has a mirror channel "data" of group "service" (DIR/node1/data <-> DIR/node2/data,
# rsync on TCP ports in lab.env), tiebreakers "tcp:127.0.0.1:<sshd port>" of both nodes, and a
# control socket of mode 0666 so that a test can connect as an unprivileged observer. Each agent
# keeps the mirror keys it trusts in its node's lab authorized_keys (--authorized-keys), never in ~/.ssh.
# A test makes the next start of a script resource on nodeN fail with: touch DIR/nodeN/fail-start
#
# The agent defaults to REPO/build/bin/twinha-agent; --agent PATH or $TWINHA_AGENT override it.
# Runs as any user; as root it also creates /run/sshd, which sshd's privilege separation needs.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
readonly SCRIPT_DIR REPO
readonly SSHD=/usr/sbin/sshd
readonly NODES=(node1 node2)
readonly MARKER=.twinha-lab  # marks a folder as made by this script, so --purge/re-up never touch others
readonly START_TIMEOUT_S=10
readonly STOP_TIMEOUT_S=5

log() { printf 'lab: %s\n' "$*" >&2; }
die() {
    printf 'lab: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat >&2 <<EOF
usage: ${0##*/} up DIR [--agent PATH] [--mode hot-standby|mutual-backup|duplex] [--automatic-failover]
                         [--lag-too-high] [--two-links] [--dead-link] [--blank] [--mirror-ssh]
       ${0##*/} down DIR [--purge]
       ${0##*/} status DIR
EOF
    exit 2
}

# Paths end up unquoted in sshd_config, TOML, JSON and a remote shell command; keeping them
# to plain characters is simpler and safer than quoting for four syntaxes.
check_plain_path() {
    [[ $2 =~ ^[A-Za-z0-9._/@+,:=~-]+$ ]] ||
        die "$1 '$2' contains spaces or special characters; use a plain path"
}

# ---------------------------------------------------------------- processes

# Alive and not a zombie (kill -0 succeeds on zombies).
is_alive() {
    local state
    [[ -r /proc/$1/stat ]] || return 1
    state=$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ -n $state && $state != Z ]]
}

cmdline_of() {
    { tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null || true
}

# Start time of a process in clock ticks since boot (field 22 of /proc/PID/stat); unchanged by exec.
start_time_of() {
    sed -E 's/^.*\) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f20
}

# A recorded pid counts only while it is the same process: same start time (guards against pid reuse).
belongs_to_lab() {
    is_alive "$1" && [[ $(start_time_of "$1") == "$2" ]]
}

descendants() {
    local child
    for child in $(pgrep -P "$1" || true); do
        echo "$child"
        descendants "$child"
    done
}

# Records "ROLE PID STARTTIME" as each process starts, so `down` can stop exactly what `up`
# started, even when `up` failed halfway.
record_pid() {
    printf '%s %s %s\n' "$1" "$2" "$(start_time_of "$2")" >>"$LAB_DIR/lab.pids"
}

# Stops every recorded process of LAB_DIR plus all of their descendants (sshd's per-connection
# children and the `twinha-agent session` bridges they run outlive the listener otherwise).
stop_lab() {
    local pids=() role pid started p line deadline
    if [[ -f $LAB_DIR/lab.pids ]]; then
        while read -r role pid started; do
            [[ -n ${pid:-} ]] || continue
            if belongs_to_lab "$pid" "${started:-}"; then
                pids+=("$pid")
                while read -r p; do
                    [[ -n $p ]] && pids+=("$p")
                done < <(descendants "$pid")
            fi
        done <"$LAB_DIR/lab.pids"
    fi
    # Session bridges orphaned earlier (their sshd child died) are found by their socket argument,
    # the rsync receivers of an agent killed by a test by their config in the node's state, and the
    # agents' dead-man guards (detached on purpose) by their state folder.
    for p in /proc/[0-9]*; do
        p=${p#/proc/}
        line=$(cmdline_of "$p")
        for role in "${NODES[@]}"; do
            if [[ $line == *" session --socket $LAB_DIR/$role/control.sock"* ||
                $line == "rsync --daemon "*"--config=$LAB_DIR/$role/state/"* ||
                $line == "rsync --server --daemon --config=$LAB_DIR/$role/state/"* ||
                $line == *" guard --config "*" --state-dir $LAB_DIR/$role/state "* ]]; then
                pids+=("$p")
            fi
        done
    done
    [[ ${#pids[@]} -gt 0 ]] || return 0

    kill -TERM "${pids[@]}" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT_S))
    while ((SECONDS < deadline)); do
        local left=0
        for p in "${pids[@]}"; do
            if is_alive "$p"; then left=$((left + 1)); fi
        done
        ((left > 0)) || return 0
        sleep 0.1
    done
    for p in "${pids[@]}"; do
        if is_alive "$p"; then
            log "pid $p ignored SIGTERM for ${STOP_TIMEOUT_S}s; sending SIGKILL"
            kill -KILL "$p" 2>/dev/null || true
        fi
    done
}

# ---------------------------------------------------------------- up helpers

# A random port in 10000..(start of the ephemeral range - 1), so outgoing connections never take it.
# PROTO is t (TCP) or u (UDP); the port must also differ from the ones already chosen.
pick_port() {
    local proto=$1 low=10000 high=32767 port i range
    shift
    if read -r -a range </proc/sys/net/ipv4/ip_local_port_range && ((range[0] > low + 1000)); then
        high=$((range[0] - 1))
    fi
    for ((i = 0; i < 200; i++)); do
        port=$((low + ((RANDOM << 15) | RANDOM) % (high - low + 1)))
        [[ " $* " == *" $port "* ]] && continue
        if [[ -z $(ss -H"$proto"ln "sport = :$port") ]]; then
            echo "$port"
            return 0
        fi
    done
    die "no free ${proto/t/TCP} port found"
}

# Waits until PID listens on TCP PORT; on failure shows LOG.
wait_for_port() {
    local pid=$1 port=$2 logfile=$3 deadline=$((SECONDS + START_TIMEOUT_S))
    while [[ -z $(ss -Htln "sport = :$port") ]]; do
        if ! is_alive "$pid"; then
            cat "$logfile" >&2 || true
            die "sshd (pid $pid) exited before listening on port $port; its log is above"
        fi
        if ((SECONDS >= deadline)); then
            cat "$logfile" >&2 || true
            die "sshd (pid $pid) not listening on port $port after ${START_TIMEOUT_S}s; its log is above"
        fi
        sleep 0.1
    done
}

wait_for_socket() {
    local pid=$1 socket=$2 logfile=$3 deadline=$((SECONDS + START_TIMEOUT_S))
    while [[ ! -S $socket ]]; do
        if ! is_alive "$pid"; then
            cat "$logfile" >&2 || true
            die "agent (pid $pid) exited before creating $socket; its log is above"
        fi
        if ((SECONDS >= deadline)); then
            cat "$logfile" >&2 || true
            die "agent (pid $pid) has not created $socket after ${START_TIMEOUT_S}s; its log is above"
        fi
        sleep 0.1
    done
}

write_sshd_config() {
    local node=$1 port=$2 dir=$LAB_DIR/$1
    cat >"$dir/sshd_config" <<EOF
# sshd for lab $node; generated by lab.sh
Port $port
ListenAddress 127.0.0.1
HostKey $dir/ssh_host_ed25519_key
AuthorizedKeysFile $dir/authorized_keys
PidFile $dir/sshd.pid
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
X11Forwarding no
PrintMotd no
LogLevel VERBOSE
MaxStartups 50
EOF
}

# A script resource standing in for a virtual IP: HOLDER names (or, a folder, lists) who runs it.
holder_resource() {
    local name=$1 holder=$2 cmd="$SCRIPT_DIR/vip-holder.sh"
    cat <<EOF

[[group.resource]]
type = "script"
name = "$name"
start = '$cmd start $holder'
stop = '$cmd stop $holder'
status = '$cmd status $holder'
run_as = "$(id -un)"
timeout_ms = 5000
EOF
}

# Writes the cluster config to $1; $2 and $3 are node2's endpoints on links "backup" and
# "loopback" as that copy sees them.
write_cluster_toml() {
    local file=$1 backup_node2=$2 loopback_node2=${3:-127.0.0.1:$HB2}
    local preferred='preferred = "node1"' holder=$LAB_DIR/vip-holder
    if [[ $MODE == duplex ]]; then
        preferred=
        holder=$LAB_DIR/duplex-holders
    fi
    # The holder script takes the node name from $TWINHA_NODE, which the agent sets, so the
    # commands work whether the agent runs them through a shell or not.
    cat >"$file" <<EOF
# Loopback lab cluster; generated by tests/lab/lab.sh. Schema: installer/cluster.toml.
[cluster]
name = "lab"
mode = "$MODE"
key_file = "$LAB_DIR/cluster.key"

[timing]
interval_ms = 200
dead_time_ms = 1000
monitor_interval_ms = 1000

[[node]]
name = "node1"

[[node]]
name = "node2"

[[link]]
name = "loopback"
endpoints = { node1 = "127.0.0.1:$HB1", node2 = "$loopback_node2" }
EOF
    if ((TWO_LINKS)); then
        cat >>"$file" <<EOF

[[link]]
name = "backup"
endpoints = { node1 = "127.0.0.1:$HB3", node2 = "$backup_node2" }
EOF
    fi
    printf '\n[[group]]\nname = "service"\n%s\n' "$preferred" >>"$file"
    holder_resource service-ip "$holder" >>"$file"
    if [[ $MODE == mutual-backup ]]; then
        printf '\n[[group]]\nname = "service2"\npreferred = "node2"\n' >>"$file"
        holder_resource service2-ip "$LAB_DIR/vip-holder2" >>"$file"
    fi
    cat >>"$file" <<EOF

# Mirrored from the node holding "service" to the other one.
[[replication]]
name = "data"
type = "mirror"
group = "service"
paths = { node1 = "$LAB_DIR/node1/data", node2 = "$LAB_DIR/node2/data" }
$(if ((MIRROR_SSH)); then
        printf 'transport = "ssh"\nendpoints = { node1 = "127.0.0.1:%s", node2 = "127.0.0.1:%s" }' "$SSH1" "$SSH2"
    else
        printf 'endpoints = { node1 = "127.0.0.1:%s", node2 = "127.0.0.1:%s" }' "$RS1" "$RS2"
    fi)
interval_s = 5
max_lag_s = 5
EOF
    if ((LAG_HIGH)); then
        cat >>"$file" <<EOF

# Reports more lag than allowed, so that a switchover is refused.
[[replication]]
name = "lagprobe"
type = "command"
group = "service"
command = "echo '{\"lag_s\": 42}'"
max_lag_s = 5
EOF
    fi
    cat >>"$file" <<EOF

[failover]
automatic = $(if ((AUTOMATIC)); then echo true; else echo false; fi)
tiebreakers = ["tcp:127.0.0.1:$SSH1", "tcp:127.0.0.1:$SSH2"]

# 0666: tests connect as an unprivileged user too; the daemon still decides who may operate.
[control]
socket_mode = "0666"
EOF
}

write_profile() {
    local user=$1 port1=$2 port2=$3
    cat >"$LAB_DIR/profile.json" <<EOF
{
    "twinha_profile": 1,
    "name": "lab",
    "known_hosts": "known_hosts",
    "nodes": [
        {
            "name": "node1",
            "host": "127.0.0.1",
            "port": $port1,
            "user": "$user",
            "identity": "client_ed25519",
            "agent_command": "$AGENT session --socket $LAB_DIR/node1/control.sock"
        },
        {
            "name": "node2",
            "host": "127.0.0.1",
            "port": $port2,
            "user": "$user",
            "identity": "client_ed25519",
            "agent_command": "$AGENT session --socket $LAB_DIR/node2/control.sock"
        }
    ]
}
EOF
}

# ---------------------------------------------------------------- commands

UP_DONE=0
# On any failure during `up`, stop what was started; the files stay for the logs.
on_up_exit() {
    local rc=$?
    if ((UP_DONE == 0)); then
        trap - INT TERM
        log "start-up failed; stopping what was started (files kept in $LAB_DIR)"
        stop_lab
        ((rc != 0)) || rc=1
    fi
    exit "$rc"
}

cmd_up() {
    AGENT=${AGENT_ARG:-${TWINHA_AGENT:-$REPO/build/bin/twinha-agent}}
    [[ -x $AGENT && -f $AGENT ]] ||
        die "agent not found or not executable: $AGENT (build it with 'cmake --build build', or pass --agent PATH)"
    AGENT=$(cd "$(dirname "$AGENT")" && pwd)/$(basename "$AGENT")
    check_plain_path "agent" "$AGENT"
    check_plain_path "repository" "$REPO"
    [[ -x $SSHD ]] || die "$SSHD not found; install the openssh-server package"
    local tool
    for tool in ssh-keygen ss pgrep base64; do
        command -v "$tool" >/dev/null || die "'$tool' not found (packages: openssh-client, iproute2, procps, coreutils)"
    done

    # Refuse to clobber a folder this script did not make, or a lab that is still running.
    if [[ -d $LAB_DIR && -n $(ls -A "$LAB_DIR") ]]; then
        [[ -f $LAB_DIR/$MARKER ]] || die "$LAB_DIR exists and is not a lab folder; choose an empty or new DIR"
        if running_count >/dev/null; then
            die "a lab is already running in $LAB_DIR; run '${0##*/} down $LAB_DIR' first"
        fi
        rm -rf -- "${LAB_DIR:?}"/* "${LAB_DIR:?}/$MARKER"
    fi
    mkdir -p -- "$LAB_DIR" || die "cannot create $LAB_DIR"
    : >"$LAB_DIR/$MARKER"
    : >"$LAB_DIR/lab.pids"
    trap on_up_exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    # Privilege separation needs this folder when sshd runs as root.
    if ((EUID == 0)); then
        mkdir -p /run/sshd
        chmod 0755 /run/sshd
    fi

    local ssh1 ssh2 hb1 hb2 user node i
    ssh1=$(pick_port t)
    ssh2=$(pick_port t "$ssh1")
    hb1=$(pick_port u "$ssh1" "$ssh2")
    hb2=$(pick_port u "$ssh1" "$ssh2" "$hb1")
    local ssh_ports=("$ssh1" "$ssh2")
    # Globals for write_cluster_toml: link "backup" (and a port nobody uses), rsync receivers.
    SSH1=$ssh1 SSH2=$ssh2 HB1=$hb1 HB2=$hb2
    HB3=$(pick_port u "$ssh1" "$ssh2" "$hb1" "$hb2")
    HB4=$(pick_port u "$ssh1" "$ssh2" "$hb1" "$hb2" "$HB3")
    HB_DEAD=$(pick_port u "$ssh1" "$ssh2" "$hb1" "$hb2" "$HB3" "$HB4")
    RS1=$(pick_port t "$ssh1" "$ssh2")
    RS2=$(pick_port t "$ssh1" "$ssh2" "$RS1")
    user=$(id -un)
    log "folder $LAB_DIR; mode $MODE; ssh ports $ssh1 $ssh2; heartbeat UDP ports $hb1 $hb2; rsync ports $RS1 $RS2"

    # Keys: one client key for both nodes, one host key per node, a shared cluster key.
    ssh-keygen -q -t ed25519 -N '' -C "twinha-lab-client" -f "$LAB_DIR/client_ed25519"
    : >"$LAB_DIR/known_hosts"
    for i in 0 1; do
        node=${NODES[i]}
        mkdir -p "$LAB_DIR/$node/state" "$LAB_DIR/$node/data"
        chmod 0700 "$LAB_DIR/$node/state"
        ssh-keygen -q -t ed25519 -N '' -C "twinha-lab-$node" -f "$LAB_DIR/$node/ssh_host_ed25519_key"
        printf '[127.0.0.1]:%s %s\n' "${ssh_ports[i]}" "$(cat "$LAB_DIR/$node/ssh_host_ed25519_key.pub")" \
            >>"$LAB_DIR/known_hosts"
        cp "$LAB_DIR/client_ed25519.pub" "$LAB_DIR/$node/authorized_keys"
        write_sshd_config "$node" "${ssh_ports[i]}"
    done
    (
        umask 077
        head -c 32 /dev/urandom | base64 >"$LAB_DIR/cluster.key"
    )
    chmod 0600 "$LAB_DIR/cluster.key"
    [[ $MODE != duplex ]] || mkdir -p "$LAB_DIR/duplex-holders"
    write_cluster_toml "$LAB_DIR/cluster.toml" "127.0.0.1:$HB4"
    local configs=("$LAB_DIR/cluster.toml" "$LAB_DIR/cluster.toml")
    if ((DEAD_LINK)); then
        write_cluster_toml "$LAB_DIR/node1/cluster.toml" "127.0.0.1:$HB_DEAD"
        configs[0]=$LAB_DIR/node1/cluster.toml
    fi
    if ((HB_RELAY)); then
        # node1 sends its heartbeats to DEAD_PORT, where a test relays (or holds back) them.
        write_cluster_toml "$LAB_DIR/node1/cluster.toml" "127.0.0.1:$HB4" "127.0.0.1:$HB_DEAD"
        configs[0]=$LAB_DIR/node1/cluster.toml
    fi
    if ((BLANK)); then
        # Paths of their own that do not exist yet: config.apply writes each node's copy there.
        configs=("$LAB_DIR/node1/cluster.toml" "$LAB_DIR/node2/cluster.toml")
    fi
    write_profile "$user" "$ssh1" "$ssh2"

    # sshd in the foreground (-D), sent to the background by the shell: the daemonised form
    # resets connections in some containers.
    local pid sshd_pids=() agent_pids=()
    for i in 0 1; do
        node=${NODES[i]}
        "$SSHD" -t -f "$LAB_DIR/$node/sshd_config" || die "sshd rejects $LAB_DIR/$node/sshd_config"
        "$SSHD" -D -e -f "$LAB_DIR/$node/sshd_config" >>"$LAB_DIR/$node/sshd.log" 2>&1 </dev/null &
        pid=$!
        record_pid "$node-sshd" "$pid"
        sshd_pids+=("$pid")
    done
    for i in 0 1; do
        wait_for_port "${sshd_pids[i]}" "${ssh_ports[i]}" "$LAB_DIR/${NODES[i]}/sshd.log"
    done
    log "sshd up: node1 pid ${sshd_pids[0]}, node2 pid ${sshd_pids[1]}"

    for i in 0 1; do
        node=${NODES[i]}
        "$AGENT" daemon --config "${configs[i]}" --node "$node" --state-dir "$LAB_DIR/$node/state" \
            --authorized-keys "$LAB_DIR/$node/authorized_keys" \
            --socket "$LAB_DIR/$node/control.sock" >>"$LAB_DIR/$node/agent.log" 2>&1 </dev/null &
        pid=$!
        record_pid "$node-agent" "$pid"
        agent_pids+=("$pid")
    done
    for i in 0 1; do
        wait_for_socket "${agent_pids[i]}" "$LAB_DIR/${NODES[i]}/control.sock" "$LAB_DIR/${NODES[i]}/agent.log"
    done
    log "agents up: node1 pid ${agent_pids[0]}, node2 pid ${agent_pids[1]}"

    {
        echo "# Loopback lab $LAB_DIR; generated by lab.sh. Use: source lab.env"
        printf 'LAB_DIR=%q\n' "$LAB_DIR"
        printf 'AGENT=%q\n' "$AGENT"
        printf 'PROFILE=%q\n' "$LAB_DIR/profile.json"
        printf 'CLUSTER_CONFIG=%q\n' "$LAB_DIR/cluster.toml"
        printf 'CLIENT_KEY=%q\n' "$LAB_DIR/client_ed25519"
        printf 'KNOWN_HOSTS=%q\n' "$LAB_DIR/known_hosts"
        printf 'VIP_HOLDER_FILE=%q\n' "$LAB_DIR/vip-holder"
        printf 'VIP_HOLDER2_FILE=%q\n' "$LAB_DIR/vip-holder2"
        printf 'DUPLEX_HOLDERS=%q\n' "$LAB_DIR/duplex-holders"
        printf 'MODE=%q\nAUTOMATIC_FAILOVER=%s\nTWO_LINKS=%s\nDEAD_LINK=%s\n' "$MODE" "$AUTOMATIC" "$TWO_LINKS" "$DEAD_LINK"
        printf 'BLANK=%s\n' "$BLANK"
        printf 'LAB_USER=%q\n' "$user"
        for i in 0 1; do
            local prefix=NODE$((i + 1))
            printf '%s_NAME=%q\n' "$prefix" "${NODES[i]}"
            printf '%s_SSH_PORT=%s\n' "$prefix" "${ssh_ports[i]}"
            printf '%s_SSHD_PID=%s\n' "$prefix" "${sshd_pids[i]}"
            printf '%s_AGENT_PID=%s\n' "$prefix" "${agent_pids[i]}"
            printf '%s_SOCKET=%q\n' "$prefix" "$LAB_DIR/${NODES[i]}/control.sock"
            printf '%s_STATE_DIR=%q\n' "$prefix" "$LAB_DIR/${NODES[i]}/state"
            printf '%s_DATA_DIR=%q\n' "$prefix" "$LAB_DIR/${NODES[i]}/data"
            printf '%s_CONFIG=%q\n' "$prefix" "${configs[i]}"
        done
        printf 'NODE1_HB_PORT=%s\nNODE2_HB_PORT=%s\n' "$hb1" "$hb2"
        printf 'NODE1_HB2_PORT=%s\nNODE2_HB2_PORT=%s\nDEAD_PORT=%s\n' "$HB3" "$HB4" "$HB_DEAD"
        printf 'NODE1_RSYNC_PORT=%s\nNODE2_RSYNC_PORT=%s\n' "$RS1" "$RS2"
    } >"$LAB_DIR/lab.env"

    UP_DONE=1
    trap - EXIT INT TERM
    log "lab is up; stop it with: $0 down $LAB_DIR"
    echo "$LAB_DIR/profile.json"
}

cmd_down() {
    if [[ ! -d $LAB_DIR ]]; then
        log "no lab folder $LAB_DIR; nothing to stop"
        return 0
    fi
    [[ -f $LAB_DIR/$MARKER ]] || die "$LAB_DIR is not a lab folder"
    stop_lab
    if ((PURGE)); then
        rm -rf -- "$LAB_DIR"
        log "lab stopped; $LAB_DIR removed"
    else
        log "lab stopped; logs kept in $LAB_DIR"
    fi
}

# Prints the number of live recorded processes; succeeds iff at least one is alive.
running_count() {
    local role pid started n=0
    if [[ -f $LAB_DIR/lab.pids ]]; then
        while read -r role pid started; do
            [[ -n ${pid:-} ]] || continue
            if belongs_to_lab "$pid" "${started:-}"; then n=$((n + 1)); fi
        done <"$LAB_DIR/lab.pids"
    fi
    echo "$n"
    ((n > 0))
}

# Exit status: 0 when all four processes run, 1 otherwise.
cmd_status() {
    [[ -f $LAB_DIR/$MARKER && -f $LAB_DIR/lab.pids ]] || {
        echo "no lab in $LAB_DIR"
        return 1
    }
    local role pid started total=0 alive=0
    while read -r role pid started; do
        [[ -n ${pid:-} ]] || continue
        total=$((total + 1))
        if belongs_to_lab "$pid" "${started:-}"; then
            alive=$((alive + 1))
            printf '%-14s pid %-8s running\n' "$role" "$pid"
        else
            printf '%-14s pid %-8s stopped\n' "$role" "$pid"
        fi
    done <"$LAB_DIR/lab.pids"
    if [[ -f $LAB_DIR/lab.env ]]; then
        printf 'ssh ports: node1 %s, node2 %s; profile: %s\n' "$(sed -n 's/^NODE1_SSH_PORT=//p' "$LAB_DIR/lab.env")" \
            "$(sed -n 's/^NODE2_SSH_PORT=//p' "$LAB_DIR/lab.env")" "$LAB_DIR/profile.json"
    fi
    ((total == 4 && alive == total))
}

# ---------------------------------------------------------------- main

[[ $# -ge 2 ]] || usage
COMMAND=$1
shift
LAB_DIR=
AGENT_ARG=
PURGE=0
MODE=hot-standby
AUTOMATIC=0
LAG_HIGH=0
TWO_LINKS=0
DEAD_LINK=0
HB_RELAY=0
BLANK=0
MIRROR_SSH=0
SHAPED=0 # any of the options above was given
while [[ $# -gt 0 ]]; do
    case $1 in
    --agent)
        [[ $# -ge 2 ]] || usage
        AGENT_ARG=$2
        shift 2
        ;;
    --agent=*)
        AGENT_ARG=${1#--agent=}
        shift
        ;;
    --purge)
        PURGE=1
        shift
        ;;
    --mode)
        [[ $# -ge 2 ]] || usage
        MODE=$2 SHAPED=1
        shift 2
        ;;
    --mode=*)
        MODE=${1#--mode=} SHAPED=1
        shift
        ;;
    --automatic-failover)
        AUTOMATIC=1 SHAPED=1
        shift
        ;;
    --lag-too-high)
        LAG_HIGH=1 SHAPED=1
        shift
        ;;
    --two-links)
        TWO_LINKS=1 SHAPED=1
        shift
        ;;
    --dead-link)
        TWO_LINKS=1 DEAD_LINK=1 SHAPED=1
        shift
        ;;
    --hb-relay)
        HB_RELAY=1 SHAPED=1
        shift
        ;;
    --blank)
        BLANK=1 SHAPED=1
        shift
        ;;
    --mirror-ssh)
        MIRROR_SSH=1 SHAPED=1
        shift
        ;;
    -*) usage ;;
    *)
        [[ -z $LAB_DIR ]] || usage
        LAB_DIR=$1
        shift
        ;;
    esac
done
[[ -n $LAB_DIR ]] || usage
[[ $LAB_DIR != / ]] || die "refusing to use / as the lab folder"
# Absolute and without a trailing slash: it is matched against command lines.
LAB_DIR=$(realpath -m -- "$LAB_DIR")
check_plain_path "lab folder" "$LAB_DIR"
readonly LAB_DIR

case $MODE in
hot-standby | mutual-backup | duplex) ;;
*) die "unknown mode '$MODE' (hot-standby, mutual-backup, duplex)" ;;
esac
[[ $COMMAND == up || $SHAPED -eq 0 ]] || usage
((BLANK == 0 || DEAD_LINK + HB_RELAY == 0)) ||
    die "--blank cannot be combined with --dead-link or --hb-relay (node1 would need a config of its own)"
((DEAD_LINK == 0 || HB_RELAY == 0)) || die "--dead-link and --hb-relay cannot be combined"

case $COMMAND in
up)
    [[ -z $AGENT_ARG || $PURGE -eq 0 ]] || usage
    cmd_up
    ;;
down) cmd_down ;;
status) cmd_status ;;
*) usage ;;
esac
