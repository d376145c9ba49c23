#!/bin/sh
# Mounts this machine's root as a throw-away root: an overlay of / whose upper layer is a tmpfs,
# with /proc, /dev, and empty /run and /tmp of its own. Run it inside a mount namespace of its own
# (unshare --mount), which the mounts never leave; nothing written under ROOT reaches the real
# system. Used by the blank lab node (blank-node.sh) and the package test (tests/packaging).
#   overlay-root.sh LAYER ROOT SIZE     LAYER, ROOT: empty folders; SIZE: the tmpfs's, e.g. 1g
set -eu
layer=$1 root=$2 size=$3
mount -t tmpfs -o "size=$size" tmpfs "$layer"
mkdir "$layer/upper" "$layer/work"
mount -t overlay overlay -o "lowerdir=/,upperdir=$layer/upper,workdir=$layer/work" "$root"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount -t tmpfs tmpfs "$root/run"
mount -t tmpfs tmpfs "$root/tmp"
