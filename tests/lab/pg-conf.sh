#!/usr/bin/env bash
# Sourced by tests/lab/lab.sh and tests/netns/netns-lab.sh: the one postgresql.conf of the labs'
# PostgreSQL pairs, and their resource "db" in cluster.toml. The conf is kept in conf/ outside the
# data folder (Debian's layout), so that pg_basebackup and pg_rewind, which copy the data folder
# from one node to the other, never carry a node's address, port or paths across.

# pg_conf_body DIR LISTEN PORT NAME: the file for the instance in DIR/{data,conf,run}.
pg_conf_body() {
    local dir=$1 listen=$2 port=$3 name=$4
    cat <<CONF
# PostgreSQL of lab instance $name; generated. Start it with: pg_ctl -D $dir/conf start
data_directory = '$dir/data'
hba_file = '$dir/conf/pg_hba.conf'
ident_file = '$dir/conf/pg_ident.conf'
listen_addresses = '$listen'
port = $port
unix_socket_directories = '$dir/run'
cluster_name = '$name'
max_connections = 50
shared_buffers = '32MB'
fsync = on
logging_collector = off
# Streaming replication, and what pg_rewind needs to rejoin a former primary as a standby.
wal_level = replica
hot_standby = on
hot_standby_feedback = on
max_wal_senders = 10
max_replication_slots = 10
wal_log_hints = on
wal_keep_size = '512MB'
# A dead peer is noticed in seconds, and a standby retries its primary quickly after a switchover.
wal_sender_timeout = '10s'
wal_receiver_timeout = '10s'
wal_retrieve_retry_interval = '200ms'
CONF
}

# pg_resource_toml DIR1 DIR2 ENDPOINT1 ENDPOINT2 USER REPL_USER [BIN_DIR]: resource "db" of the
# labs' group "service" for the instances in DIR1 (node1) and DIR2 (node2). Both nodes share one
# filesystem, so every path is per node.
pg_resource_toml() {
    local d1=$1 d2=$2 e1=$3 e2=$4 user=$5 repl=$6 bin=${7:-}
    cat <<EOF

[[group.resource]]
type = "postgresql"
name = "db"
data_dir = { node1 = "$d1/data", node2 = "$d2/data" }
config_dir = { node1 = "$d1/conf", node2 = "$d2/conf" }
socket_dir = { node1 = "$d1/run", node2 = "$d2/run" }
log_file = { node1 = "$d1/postgresql.log", node2 = "$d2/postgresql.log" }
endpoints = { node1 = "$e1", node2 = "$e2" }
run_as = "$user"
replication_user = "$repl"
timeout_ms = 30000
EOF
    [[ -z $bin ]] || printf 'bin_dir = "%s"\n' "$bin"
}
