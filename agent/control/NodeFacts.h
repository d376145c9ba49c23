#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <atomic>

namespace twinha::agent {

// What the setup wizard needs to know about a node before there is a config: its interfaces, its
// systemd services and how big the folders to mirror are. Pure functions; NodeMethods runs the
// slow ones off the event loop.
class NodeFacts
{
public:
    static constexpr qint64 kMaxWalkFiles = 200000;
    // How long one node.path_info request may walk, all its paths together.
    static constexpr int kMaxWalkMs = 10000;

    // [{name, addresses: ["ip/prefix"], mac, up, loopback}]
    static QJsonArray interfaces();
    // The output of `systemctl list-units --type=service --all --plain --no-legend --no-pager`
    // as [{name, description, active, sub}].
    static QJsonArray parseUnits(const QByteArray& systemctlOutput);
    // True when systemd runs as init (what sd_booted() checks).
    static bool systemdRunning(const QString& runDir = QStringLiteral("/run/systemd/system"));
    // {path, exists, is_dir, files, bytes, truncated}; walks at most maxFiles files (symlinks are
    // counted, never followed) and stops early, truncated, when *cancel becomes true or the
    // deadline passes (then with limit_ms = kMaxWalkMs; limit_files for the file limit).
    static QJsonObject pathInfo(const QString& path, qint64 maxFiles = kMaxWalkFiles,
                                const std::atomic_bool* cancel = nullptr,
                                QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    // The interface whose subnet holds `address` ("ip" or "ip/prefix"), or empty.
    static QString interfaceForAddress(const QString& address, bool* assignedHere = nullptr);
};

} // namespace twinha::agent
