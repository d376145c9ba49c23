# Sourced by netns-lab.sh: the folders a node writes its data to on a disk of their own (up
# --disks), so that a fault can stall that disk as a failing or overloaded one does. `fault DIR
# stall NODE MS` freezes (fsfreeze) the filesystems of DIR/NODE/state (the agent's state, journal
# and history) and DIR/NODE/data (the mirrored data): every write to them waits until they thaw MS
# milliseconds later. Logs stay on the lab's own disk, as a node's go to journald, whose pipe takes
# a second of lines without blocking. The disks are ext4 images on loop devices, listed in
# DIR/lab.disks; `down` thaws them before it stops the processes (a process waiting on a frozen
# filesystem cannot die) and unmounts them after.

readonly DISK_FOLDERS=(state data)

make_disks() { # make_disks NODE...
    local node folder mnt img tool
    for tool in mkfs.ext4 fsfreeze losetup mountpoint; do
        command -v "$tool" >/dev/null || die "'$tool' not found (packages: e2fsprogs, util-linux, mount)"
    done
    for node in "$@"; do
        for folder in "${DISK_FOLDERS[@]}"; do
            mnt="$LAB_DIR/$node/$folder"
            img="$LAB_DIR/$node-$folder.disk"
            truncate -s 128M "$img"
            mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$img" || die "mkfs.ext4 $img failed"
            mkdir -p "$mnt"
            mount -o loop "$img" "$mnt" || die "cannot mount $img on $mnt (loop devices needed)"
            echo "$mnt $img" >>"$LAB_DIR/lab.disks"
            rmdir -- "$mnt/lost+found"
        done
    done
}

thaw_disks() {
    local mnt img
    [[ -f $LAB_DIR/lab.disks ]] || return 0
    while read -r mnt img; do
        fsfreeze -u "$mnt" 2>/dev/null || true
    done <"$LAB_DIR/lab.disks"
}

release_disks() { # after every process of the lab has gone
    local mnt img
    [[ -f $LAB_DIR/lab.disks ]] || return 0
    thaw_disks
    while read -r mnt img; do
        if mountpoint -q "$mnt"; then
            umount "$mnt" 2>/dev/null || umount -l "$mnt" || log "cannot unmount $mnt"
        fi
        rm -f -- "$img"
    done <"$LAB_DIR/lab.disks"
    rm -f -- "$LAB_DIR/lab.disks"
}

stall_disk() { # stall_disk NODE MS: freezes NODE's disks for MS milliseconds, then thaws them
    local mnt img frozen=()
    [[ $2 =~ ^[0-9]+$ ]] || die "stall takes milliseconds"
    while read -r mnt img; do
        [[ $mnt == "$LAB_DIR/$1/"* ]] || continue
        fsfreeze -f "$mnt" || die "fsfreeze -f $mnt failed"
        frozen+=("$mnt")
    done <"$LAB_DIR/lab.disks"
    ((${#frozen[@]} > 0)) || die "$1 has no disks of its own (up --disks)"
    sleep "$(printf '%d.%03d' $(($2 / 1000)) $(($2 % 1000)))"
    for mnt in "${frozen[@]}"; do
        fsfreeze -u "$mnt" || die "fsfreeze -u $mnt failed"
    done
}
