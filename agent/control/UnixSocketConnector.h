#pragma once

#include <QString>

namespace twinha::agent {

// A plain connect(2) to a Unix stream socket. QLocalSocket hides errno; the session bridge reports
// it, and the daemon uses it to tell a stale socket file (ECONNREFUSED) from a live daemon.
class UnixSocketConnector
{
public:
    // Returns a connected, blocking descriptor, or -1 with *errorNumber set.
    static int connect(const QString& path, int* errorNumber);
    // The system's text for an errno value, and its symbolic name ("ENOENT").
    static QString errorText(int errorNumber);
    static QString errorName(int errorNumber);
};

} // namespace twinha::agent
