#pragma once

#include <QString>

namespace twinha::agent {

// Tells `twinha-agent mirror-serve` (started by sshd, not by the agent) whether this node's agent
// receives a channel right now: the agent holds a lock on STATE/rsync/CHAN.serving while it is the
// channel's target, and the kernel drops it when the agent stops receiving or dies. So a mirror
// over ssh is refused exactly when the rsync daemon of the plain transport would not be running.
// An open-file-description lock: closing another descriptor of the file does not drop it.
class ReceiverGate
{
public:
    ReceiverGate() = default;
    ~ReceiverGate() { close(); }
    ReceiverGate(const ReceiverGate&) = delete;
    ReceiverGate& operator=(const ReceiverGate&) = delete;

    // False with *error ("PATH: strerror") when the file cannot be created or is locked already.
    bool open(const QString& path, QString* error);
    void close();
    bool isOpen() const { return m_fd >= 0; }

    // Whether some process holds the gate at path open.
    static bool isHeld(const QString& path);

private:
    int m_fd = -1;
};

} // namespace twinha::agent
