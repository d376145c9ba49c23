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
#   --metrics              each agent serves Prometheus metrics ([metrics] listen) on a TCP port of
#                          its own on 127.0.0.1: NODE1_METRICS_PORT and NODE2_METRICS_PORT in lab.env
#   --notify               three [[notify]] targets on both nodes: a script that appends its
#                          arguments and TWINHA_* variables to DIR/notify/script.log, a sendmail
#                          stand-in that keeps each mail in DIR/notify/mail-*.eml, and a webhook at
#                          http://127.0.0.1:NOTIFY_WEBHOOK_PORT/hook (switchover and failover only),
#                          for a test's own HTTP receiver
#   --postgresql           a PostgreSQL 15 pair (Debian's /usr/lib/postgresql/15/bin), started before
#                          the agents: node1 primary, node2 a streaming standby made by pg_basebackup.
#                          Group "service" gets a resource "db" (type postgresql) before its
#                          address, and a replication channel "pg" (type postgresql). Each node has
#                          DIR/pg/nodeN/{data,conf,run} and DIR/pg/nodeN/postgresql.log; the
#                          configuration lives in conf/, outside the data folder (Debian's layout).
#                          Database labdb, table acks(id, at), replication role twinha_repl.
#                          PostgreSQL refuses to run as root: as root every pg file belongs to the
#                          system user postgres and each pg command runs as it; else as the caller.
#                          pg-writer.sh writes numbered transactions through the holder of the address.
#                          Not with --blank.
#   --pg-sync off|on|strict
#                          the channel's synchronous setting (default off: asynchronous)
# Every lab has a mirror channel "data" of group "service" (DIR/node1/data <-> DIR/node2/data,
# rsync on TCP ports in lab.env), tiebreakers "tcp:127.0.0.1:<sshd port>" of both nodes, and a
# control socket of mode 0666 so that a test can connect as an unprivileged observer. Each agent
# keeps the mirror keys it trusts in its node's lab authorized_keys (--authorized-keys), never in ~/.ssh.
# A test makes the next start of a script resource on nodeN fail with: touch DIR/nodeN/fail-start
#
# With --postgresql, `down` stops each node's PostgreSQL with pg_ctl (fast shutdown), also one an
# agent restarted since `up`, before and after it stops the agents.
#
# The agent defaults to REPO/build/bin/twinha-agent; --agent PATH or $TWINHA_AGENT override it.
# Runs as any user; as root it also creates /run/sshd, which sshd's privilege separation needs.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
readonly SCRIPT_DIR REPO
# shellcheck source=tests/lab/pg-conf.sh
source "$SCRIPT_DIR/pg-conf.sh"
readonly SSHD=/usr/sbin/sshd
readonly NODES=(node1 node2)
readonly MARKER=.twinha-lab  # marks a folder as made by this script, so --purge/re-up never touch others
readonly START_TIMEOUT_S=10
readonly STOP_TIMEOUT_S=5
readonly PG_BIN=/usr/lib/postgresql/15/bin
readonly PG_REPL_USER=twinha_repl
readonly PG_START_TIMEOUT_S=30

log() { printf 'lab: %s\n' "$*" >&2; }
die() {
    printf 'lab: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat >&2 <<EOF
usage: ${0##*/} up DIR [--agent PATH] [--mode hot-standby|mutual-backup|duplex] [--automatic-failover]
                         [--lag-too-high] [--two-links] [--dead-link] [--hb-relay] [--blank]
                         [--mirror-ssh] [--metrics] [--notify] [--postgresql [--pg-sync off|on|strict]]
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

# A PostgreSQL server process: the postmaster ("/usr/lib/.../postgres -D ...") or one of its
# children, which rename themselves ("postgres: lab-node1: checkpointer").
is_postgres() {
    local line first
    line=$(cmdline_of "$1")
    first=${line%% *}
    [[ ${first##*/} == postgres || $first == postgres: ]]
}

# Stops every recorded process of LAB_DIR plus all of their descendants (sshd's per-connection
# children and the `twinha-agent session` bridges they run outlive the listener otherwise).
# PostgreSQL is left to stop_postgres: a SIGTERM to each of its processes, as this sweep sends,
# would kill backends and the startup process under a running postmaster instead of shutting
# it down, and one an agent started may well be a descendant of that agent.
stop_lab() {
    local pids=() role pid started p line deadline
    if [[ -f $LAB_DIR/lab.pids ]]; then
        while read -r role pid started; do
            [[ -n ${pid:-} && $role != *-postgres ]] || continue
            if belongs_to_lab "$pid" "${started:-}"; then
                pids+=("$pid")
                while read -r p; do
                    [[ -n $p ]] && ! is_postgres "$p" && pids+=("$p")
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
# room for bench_console_scale: 100 sessions logging in at once
MaxStartups 250
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
    # Resources start in file order: the database is primary before the address arrives.
    if ((POSTGRESQL)); then
        pg_resource_toml "$PG_ROOT/node1" "$PG_ROOT/node2" "127.0.0.1:$PG1" "127.0.0.1:$PG2" \
            "$PG_USER" "$PG_REPL_USER" >>"$file"
    fi
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
    if ((POSTGRESQL)); then
        cat >>"$file" <<EOF

# The standby streams the WAL of the primary, which runs "service".
[[replication]]
name = "pg"
type = "postgresql"
group = "service"
max_lag_s = 5
max_lag_bytes = 1048576
synchronous = "$PG_SYNC"
EOF
    fi
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
    if ((NOTIFY)); then
        cat >>"$file" <<EOF

[[notify]]
name = "recorder"
script = "$LAB_DIR/notify/record.sh"

[[notify]]
name = "mail"
email = ["ops@example.com", "oncall@example.com"]
sendmail = "$LAB_DIR/notify/sendmail.sh"

[[notify]]
name = "chat"
events = ["switchover", "failover"]
webhook = "http://127.0.0.1:$NOTIFY_PORT/hook"
timeout_ms = 5000
EOF
    fi
    if ((METRICS)); then
        printf '\n[metrics]\nlisten = { node1 = "127.0.0.1:%s", node2 = "127.0.0.1:%s" }\n' "$MP1" "$MP2" >>"$file"
    fi
}

# The [[notify]] receivers of --notify: a script that records its calls, and a sendmail stand-in
# that keeps each message it is given (with its arguments) as a file.
write_notify_receivers() {
    mkdir -p "$LAB_DIR/notify"
    cat >"$LAB_DIR/notify/record.sh" <<'EOF'
#!/bin/sh
log="$(dirname "$0")/script.log"
printf '%s %s %s|%s|%s|%s\n' "$1" "$2" "$3" "$TWINHA_CLUSTER" "$TWINHA_EVENT" "$TWINHA_SUMMARY" >>"$log"
EOF
    cat >"$LAB_DIR/notify/sendmail.sh" <<'EOF'
#!/bin/sh
tmp=$(mktemp "$(dirname "$0")/mail-XXXXXX") || exit 75
{ printf 'X-Arguments: %s\n' "$*"; cat; } >"$tmp" && mv "$tmp" "$tmp.eml"
EOF
    chmod 0755 "$LAB_DIR/notify/record.sh" "$LAB_DIR/notify/sendmail.sh"
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

# ---------------------------------------------------------------- postgresql

# Runs a command as PG_USER (the owner of the lab's PostgreSQL files), from DIR/pg: the pg tools
# warn when they cannot read the current folder, which /root is to the user postgres.
pg_run() {
    (
        cd "$PG_ROOT"
        if ((EUID == 0)); then
            exec runuser -u "$PG_USER" -- "$@"
        fi
        exec "$@"
    )
}

# psql on NODE's unix socket, as PG_USER (the superuser initdb made), failing on the first error.
pg_sql() {
    local node=$1 port=$2 db=$3
    shift 3
    pg_run "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_ROOT/$node/run" -p "$port" -U "$PG_USER" \
        -d "$db" "$@"
}

# The pid of NODE's running postmaster, read from data/postmaster.pid: the current one, even if
# an agent restarted PostgreSQL after `up`. Fails if none runs.
pg_postmaster_pid() {
    local pid
    pid=$(head -n 1 "$PG_ROOT/$1/data/postmaster.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] && is_alive "$pid" && is_postgres "$pid" && echo "$pid"
}

# Decides PG_USER and checks what PostgreSQL needs before anything is made.
pg_check() {
    [[ -x $PG_BIN/initdb ]] || die "$PG_BIN/initdb not found; install postgresql-15"
    if ((EUID == 0)); then
        # PostgreSQL refuses to run as root; postgresql-common makes this system user.
        id -u postgres >/dev/null 2>&1 ||
            die "system user 'postgres' not found; install postgresql-15 (its postgresql-common creates it)"
        command -v runuser >/dev/null || die "'runuser' not found (package util-linux)"
        PG_USER=postgres
    else
        PG_USER=$(id -un)
    fi
}

# A PostgreSQL folder of the lab's own outside DIR (pg_make_dirs), deleted with DIR.
remove_pg_root() {
    local target
    if [[ -L $LAB_DIR/pg ]]; then
        target=$(readlink -- "$LAB_DIR/pg")
        [[ $target == /tmp/twinha-lab-pg.* ]] && rm -rf -- "$target"
    fi
    return 0
}

# Where the PostgreSQL files are: DIR/pg, or the folder DIR/pg links to (see pg_make_dirs).
pg_root() {
    readlink -f -- "$LAB_DIR/pg" 2>/dev/null || echo "$LAB_DIR/pg"
}

# Sets PG_ROOT where PG_USER can reach it: DIR/pg, or, when a parent of DIR is closed to PG_USER
# (a checkout under /root, say), a folder of its own in /tmp that DIR/pg links to (`down --purge`
# deletes it with DIR).
pg_choose_root() {
    PG_ROOT=$LAB_DIR/pg
    if ((EUID == 0)); then
        if ! runuser -u "$PG_USER" -- test -x "$(dirname "$LAB_DIR")"; then
            PG_ROOT=$(mktemp -d /tmp/twinha-lab-pg.XXXXXX)
            chmod 0755 "$PG_ROOT"
            ln -s -- "$PG_ROOT" "$LAB_DIR/pg"
            log "user $PG_USER cannot reach $(dirname "$LAB_DIR"); PostgreSQL's files are in $PG_ROOT"
        elif ! runuser -u "$PG_USER" -- test -x "$LAB_DIR"; then
            # A folder from mktemp -d or QTemporaryDir is 0700; search (not read) rights are enough.
            chmod o+x "$LAB_DIR"
        fi
    fi
}

# Makes PG_ROOT/nodeN/{data,conf,run}, owned by PG_USER.
pg_make_dirs() {
    local node
    for node in "${NODES[@]}"; do
        mkdir -p "$PG_ROOT/$node/data" "$PG_ROOT/$node/conf" "$PG_ROOT/$node/run"
        chmod 0700 "$PG_ROOT/$node/data"
    done
    if ((EUID == 0)); then chown -R "$PG_USER:" "$PG_ROOT"; fi
}

# Writes NODE's postgresql.conf and pg_hba.conf into its conf/ folder. The data folder keeps no
# configuration (Debian's layout), so pg_basebackup and pg_rewind, which copy the data folder
# from one node to the other, never carry a node's port or paths across.
pg_write_conf() {
    local node=$1 port=$2 dir=$PG_ROOT/$1
    pg_conf_body "$dir" 127.0.0.1 "$port" "lab-$node" >"$dir/conf/postgresql.conf"
    cat >"$dir/conf/pg_hba.conf" <<CONF
# Loopback lab: everything on this host is trusted. TYPE DATABASE USER ADDRESS METHOD
local all all trust
host all all 127.0.0.1/32 trust
local replication all trust
host replication all 127.0.0.1/32 trust
CONF
    if ((EUID == 0)); then chown -R "$PG_USER:" "$dir/conf"; fi
}

# Starts NODE's PostgreSQL and records its postmaster. pg_ctl -D names the conf/ folder:
# postgres reads data_directory there.
pg_start() {
    local node=$1 dir=$PG_ROOT/$1 pid
    if ! pg_run "$PG_BIN/pg_ctl" -D "$dir/conf" -l "$dir/postgresql.log" -w -t "$PG_START_TIMEOUT_S" start >&2; then
        tail -n 30 "$dir/postgresql.log" >&2 || true
        die "PostgreSQL of $node did not start; the end of $dir/postgresql.log is above"
    fi
    pid=$(pg_postmaster_pid "$node") || die "PostgreSQL of $node started but $dir/data/postmaster.pid names no live postmaster"
    record_pid "$node-postgres" "$pid"
}

# node1: a new primary with the replication role and the test database; node2: a standby copied
# from it by pg_basebackup. Returns once node2 streams from node1.
pg_up() {
    local port1=$1 port2=$2 d1=$PG_ROOT/node1 d2=$PG_ROOT/node2 f n deadline
    pg_make_dirs
    pg_run "$PG_BIN/initdb" -D "$d1/data" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 >"$d1/initdb.log" 2>&1 ||
        {
            cat "$d1/initdb.log" >&2
            die "initdb failed for node1; its output is above"
        }
    for f in postgresql.conf pg_hba.conf pg_ident.conf; do
        mv -- "$d1/data/$f" "$d1/conf/$f"
    done
    pg_write_conf node1 "$port1"
    cp -p -- "$d1/conf/pg_ident.conf" "$d2/conf/pg_ident.conf"
    pg_write_conf node2 "$port2"
    pg_start node1

    # pg_rewind may use a non-superuser source with these functions (see its documentation).
    pg_sql node1 "$port1" postgres >&2 <<SQL || die "could not create the replication role and database on node1"
CREATE ROLE $PG_REPL_USER WITH LOGIN REPLICATION;
GRANT EXECUTE ON function pg_catalog.pg_ls_dir(text, boolean, boolean) TO $PG_REPL_USER;
GRANT EXECUTE ON function pg_catalog.pg_stat_file(text, boolean) TO $PG_REPL_USER;
GRANT EXECUTE ON function pg_catalog.pg_read_binary_file(text) TO $PG_REPL_USER;
GRANT EXECUTE ON function pg_catalog.pg_read_binary_file(text, bigint, bigint, boolean) TO $PG_REPL_USER;
CREATE DATABASE labdb;
SQL
    pg_sql node1 "$port1" labdb -c 'CREATE TABLE acks (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())' >&2 ||
        die "could not create table acks in labdb on node1"

    # -R writes standby.signal and primary_conninfo (in postgresql.auto.conf): node2 starts as a standby.
    pg_run "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$port1" -U "$PG_REPL_USER" -D "$d2/data" -X stream -R \
        --checkpoint=fast >"$d2/basebackup.log" 2>&1 ||
        {
            cat "$d2/basebackup.log" >&2
            die "pg_basebackup of node1 into node2 failed; its output is above"
        }
    chmod 0700 "$d2/data"
    pg_start node2

    deadline=$((SECONDS + PG_START_TIMEOUT_S))
    while :; do
        n=$(pg_sql node1 "$port1" postgres -A -t -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'" 2>/dev/null) || n=
        [[ $n != 1 ]] || break
        if ((SECONDS >= deadline)); then
            for f in "$d1" "$d2"; do
                printf '%s\n' "--- $f/postgresql.log (end)" >&2
                tail -n 20 "$f/postgresql.log" >&2 || true
            done
            die "node2's PostgreSQL does not stream from node1 after ${PG_START_TIMEOUT_S}s; the ends of both logs are above"
        fi
        sleep 0.1
    done
    # initdb.log and basebackup.log were written by this shell.
    if ((EUID == 0)); then chown -R "$PG_USER:" "$PG_ROOT"; fi
}

# Sends SIGQUIT (immediate shutdown: the postmaster ends its children) to a postmaster that
# pg_ctl could not stop, then SIGKILL to it and to what is left of its children.
pg_kill() {
    local pid=$1 p deadline=$((SECONDS + STOP_TIMEOUT_S)) children
    children=$(descendants "$pid")
    kill -QUIT "$pid" 2>/dev/null || true
    while is_alive "$pid" && ((SECONDS < deadline)); do
        sleep 0.1
    done
    for p in $pid $children; do
        if is_alive "$p" && is_postgres "$p"; then kill -KILL "$p" 2>/dev/null || true; fi
    done
}

# Stops each node's PostgreSQL with a fast shutdown (sessions ended, a clean shutdown checkpoint).
# pg_ctl finds the postmaster through data/postmaster.pid, so this also stops one that an agent
# restarted since `up`; a recorded postmaster still alive afterwards is killed.
stop_postgres() {
    local node dir pgdir pid role started
    PG_ROOT=$(pg_root)
    for node in "${NODES[@]}"; do
        dir=$PG_ROOT/$node
        [[ -d $dir/data ]] || continue
        # The owner of the files: a failed `up` leaves no lab.env to read PG_USER from.
        PG_USER=$(stat -c %U "$dir/data")
        pgdir=$dir/conf
        # A failed `up` may have left no conf/postgresql.conf; pg_ctl then finds postmaster.pid in data/.
        [[ -f $pgdir/postgresql.conf ]] || pgdir=$dir/data
        if pg_run "$PG_BIN/pg_ctl" -D "$pgdir" status >/dev/null 2>&1; then
            pg_run "$PG_BIN/pg_ctl" -D "$pgdir" -m fast -w -t 10 stop >/dev/null 2>&1 ||
                log "pg_ctl could not stop PostgreSQL of $node; killing it"
        fi
        if pid=$(pg_postmaster_pid "$node"); then pg_kill "$pid"; fi
    done
    [[ -f $LAB_DIR/lab.pids ]] || return 0
    while read -r role pid started; do
        if [[ $role == *-postgres ]] && belongs_to_lab "$pid" "${started:-}"; then pg_kill "$pid"; fi
    done <"$LAB_DIR/lab.pids"
}

# Stops PostgreSQL before the rest (agents might otherwise see their database fail and act on it)
# and once more after the agents are gone, in case one restarted PostgreSQL meanwhile.
stop_everything() {
    stop_postgres
    stop_lab
    stop_postgres
}

# ---------------------------------------------------------------- commands

UP_DONE=0
# On any failure during `up`, stop what was started; the files stay for the logs.
on_up_exit() {
    local rc=$?
    if ((UP_DONE == 0)); then
        trap - INT TERM
        log "start-up failed; stopping what was started (files kept in $LAB_DIR)"
        stop_everything
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
    if ((POSTGRESQL)); then pg_check; fi

    # Refuse to clobber a folder this script did not make, or a lab that is still running.
    if [[ -d $LAB_DIR && -n $(ls -A "$LAB_DIR") ]]; then
        [[ -f $LAB_DIR/$MARKER ]] || die "$LAB_DIR exists and is not a lab folder; choose an empty or new DIR"
        if running_count >/dev/null; then
            die "a lab is already running in $LAB_DIR; run '${0##*/} down $LAB_DIR' first"
        fi
        remove_pg_root
        rm -rf -- "${LAB_DIR:?}"/* "${LAB_DIR:?}/$MARKER"
    fi
    mkdir -p -- "$LAB_DIR" || die "cannot create $LAB_DIR"
    : >"$LAB_DIR/$MARKER"
    if ((POSTGRESQL)); then pg_choose_root; fi
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
    if ((NOTIFY)); then
        NOTIFY_PORT=$(pick_port t "$ssh1" "$ssh2" "$RS1" "$RS2")
        write_notify_receivers
    fi
    if ((METRICS)); then
        MP1=$(pick_port t "$ssh1" "$ssh2" "$RS1" "$RS2")
        MP2=$(pick_port t "$ssh1" "$ssh2" "$RS1" "$RS2" "$MP1")
    fi
    if ((POSTGRESQL)); then
        PG1=$(pick_port t "$ssh1" "$ssh2" "$RS1" "$RS2")
        PG2=$(pick_port t "$ssh1" "$ssh2" "$RS1" "$RS2" "$PG1")
    fi
    user=$(id -un)
    log "folder $LAB_DIR; mode $MODE; ssh ports $ssh1 $ssh2; heartbeat UDP ports $hb1 $hb2; rsync ports $RS1 $RS2"
    if ((POSTGRESQL)); then log "PostgreSQL ports $PG1 $PG2, run as $PG_USER"; fi

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

    # The agents manage PostgreSQL, so it runs before they start: primary on node1, standby on node2,
    # as an installed hot-standby pair is found.
    if ((POSTGRESQL)); then
        pg_up "$PG1" "$PG2"
        log "PostgreSQL up: node1 primary on port $PG1, node2 streaming standby on port $PG2"
    fi

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
        printf 'POSTGRESQL=%s\n' "$POSTGRESQL"
        if ((POSTGRESQL)); then
            printf 'PG_USER=%q\nPG_BIN=%q\n' "$PG_USER" "$PG_BIN"
            printf 'NODE1_PG_PORT=%s\nNODE2_PG_PORT=%s\n' "$PG1" "$PG2"
        fi
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
            if ((POSTGRESQL)); then
                printf '%s_PG_DATA=%q\n' "$prefix" "$PG_ROOT/${NODES[i]}/data"
                printf '%s_PG_CONF=%q\n' "$prefix" "$PG_ROOT/${NODES[i]}/conf"
                printf '%s_PG_SOCKET=%q\n' "$prefix" "$PG_ROOT/${NODES[i]}/run"
                printf '%s_PG_LOG=%q\n' "$prefix" "$PG_ROOT/${NODES[i]}/postgresql.log"
            fi
        done
        printf 'NODE1_HB_PORT=%s\nNODE2_HB_PORT=%s\n' "$hb1" "$hb2"
        printf 'NODE1_HB2_PORT=%s\nNODE2_HB2_PORT=%s\nDEAD_PORT=%s\n' "$HB3" "$HB4" "$HB_DEAD"
        printf 'NODE1_RSYNC_PORT=%s\nNODE2_RSYNC_PORT=%s\n' "$RS1" "$RS2"
        if ((NOTIFY)); then printf 'NOTIFY_WEBHOOK_PORT=%s\nNOTIFY_DIR=%q\n' "$NOTIFY_PORT" "$LAB_DIR/notify"; fi
        if ((METRICS)); then printf 'NODE1_METRICS_PORT=%s\nNODE2_METRICS_PORT=%s\n' "$MP1" "$MP2"; fi
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
    stop_everything
    if ((PURGE)); then
        remove_pg_root
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
    # A postmaster an agent restarted is not the recorded one.
    for role in "${NODES[@]}"; do
        if pg_postmaster_pid "$role" >/dev/null; then n=$((n + 1)); fi
    done
    echo "$n"
    ((n > 0))
}

# Exit status: 0 when all recorded processes run (four, six with --postgresql), 1 otherwise. A node's
# PostgreSQL counts as running when a postmaster runs in its data folder, even one an agent
# restarted since `up`.
cmd_status() {
    [[ -f $LAB_DIR/$MARKER && -f $LAB_DIR/lab.pids ]] || {
        echo "no lab in $LAB_DIR"
        return 1
    }
    local role pid started total=0 alive=0
    while read -r role pid started; do
        [[ -n ${pid:-} ]] || continue
        total=$((total + 1))
        if [[ $role == *-postgres ]]; then
            pid=$(pg_postmaster_pid "${role%-postgres}") || true
            started=
            [[ -z $pid ]] || started=$(start_time_of "$pid")
        fi
        if [[ -n $pid ]] && belongs_to_lab "$pid" "${started:-}"; then
            alive=$((alive + 1))
            printf '%-14s pid %-8s running\n' "$role" "$pid"
        else
            printf '%-14s pid %-8s stopped\n' "$role" "${pid:--}"
        fi
    done <"$LAB_DIR/lab.pids"
    if [[ -f $LAB_DIR/lab.env ]]; then
        printf 'ssh ports: node1 %s, node2 %s; profile: %s\n' "$(sed -n 's/^NODE1_SSH_PORT=//p' "$LAB_DIR/lab.env")" \
            "$(sed -n 's/^NODE2_SSH_PORT=//p' "$LAB_DIR/lab.env")" "$LAB_DIR/profile.json"
        if grep -qx 'POSTGRESQL=1' "$LAB_DIR/lab.env"; then
            printf 'PostgreSQL ports: node1 %s, node2 %s\n' "$(sed -n 's/^NODE1_PG_PORT=//p' "$LAB_DIR/lab.env")" \
                "$(sed -n 's/^NODE2_PG_PORT=//p' "$LAB_DIR/lab.env")"
        fi
    fi
    ((total >= 4 && alive == total))
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
POSTGRESQL=0
METRICS=0
NOTIFY=0
PG_SYNC=off
PG_USER=
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
    --postgresql)
        POSTGRESQL=1 SHAPED=1
        shift
        ;;
    --metrics)
        METRICS=1 SHAPED=1
        shift
        ;;
    --notify)
        NOTIFY=1 SHAPED=1
        shift
        ;;
    --pg-sync)
        [[ $# -ge 2 && $2 =~ ^(off|on|strict)$ ]] || usage
        PG_SYNC=$2
        shift 2
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
PG_ROOT=$(pg_root)
readonly LAB_DIR

case $MODE in
hot-standby | mutual-backup | duplex) ;;
*) die "unknown mode '$MODE' (hot-standby, mutual-backup, duplex)" ;;
esac
[[ $COMMAND == up || $SHAPED -eq 0 ]] || usage
((BLANK == 0 || DEAD_LINK + HB_RELAY == 0)) ||
    die "--blank cannot be combined with --dead-link or --hb-relay (node1 would need a config of its own)"
((DEAD_LINK == 0 || HB_RELAY == 0)) || die "--dead-link and --hb-relay cannot be combined"
# An unconfigured node manages no database; a test would have to apply the config first.
((BLANK == 0 || POSTGRESQL == 0)) || die "--blank cannot be combined with --postgresql"

case $COMMAND in
up)
    [[ -z $AGENT_ARG || $PURGE -eq 0 ]] || usage
    cmd_up
    ;;
down) cmd_down ;;
status) cmd_status ;;
*) usage ;;
esac
