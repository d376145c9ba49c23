#pragma once

// Helpers for the two-phase config change tests (TestConfigApplyTogether): new heartbeat ports in
// a lab's config, the journal since a point, the session bridge of a node, and a watch on what
// runs (the holder file the lab's script resource writes).

#include "tests/FreePort.h"
#include "tests/integration/ControlClient.h"
#include "tests/integration/OwnLab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTimer>
#include <QUdpSocket>

#include <sys/stat.h>

namespace twinha::tests {

// `text` with the loopback link's two ports replaced by new ones.
inline QByteArray withPorts(QByteArray text, const OwnLab& lab, quint16 port1, quint16 port2)
{
    const auto endpoint = [](const QString& port) -> QByteArray { return "127.0.0.1:" + port.toLatin1() + '"'; };
    text.replace(endpoint(lab.value(QStringLiteral("NODE1_HB_PORT"))), endpoint(QString::number(port1)));
    text.replace(endpoint(lab.value(QStringLiteral("NODE2_HB_PORT"))), endpoint(QString::number(port2)));
    return text;
}

// Is some process listening on this UDP port (what runs, not what an agent says)?
inline bool udpBound(quint16 port)
{
    QUdpSocket s;
    return !s.bind(QHostAddress::LocalHost, port, QAbstractSocket::DontShareAddress);
}

inline qint64 lastEventSeq(ControlClient& c)
{
    const auto r = c.call(QStringLiteral("events.list"), {{QStringLiteral("limit"), 1000}});
    qint64 seq = 0;
    for (const QJsonValue& e : r ? r->result[QStringLiteral("events")].toArray() : QJsonArray())
        seq = std::max(seq, e[QStringLiteral("seq")].toInteger());
    return seq;
}

// The types of the journal entries after `seq`.
inline QStringList eventTypesAfter(ControlClient& c, qint64 seq)
{
    const auto r =
        c.call(QStringLiteral("events.list"), {{QStringLiteral("after"), seq}, {QStringLiteral("limit"), 1000}});
    QStringList types;
    for (const QJsonValue& e : r ? r->result[QStringLiteral("events")].toArray() : QJsonArray())
        types << e[QStringLiteral("type")].toString();
    return types;
}

// The pid of the `twinha-agent session` bridge serving `socket` (one SSH connection), or 0. By its
// arguments, so that a shell that runs it (bash -c "...") is not taken for it.
inline pid_t sessionBridge(const QString& socket)
{
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toInt(&numeric));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!numeric || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.size() >= 4 && args.at(0).endsWith("twinha-agent") && args.at(1) == "session" &&
            args.contains(socket.toUtf8()))
            return pid;
    }
    return 0;
}

// Samples the holder file every few milliseconds while the event loop runs: who held the "address"
// and whether the file was ever replaced (a stop and a start write it anew).
class HolderWatch
{
public:
    explicit HolderWatch(const QString& path)
        : m_path(path)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { sample(); });
        sample();
        m_timer.start(5);
    }
    void sample()
    {
        struct stat st
        {};
        const bool exists = ::stat(QFile::encodeName(m_path).constData(), &st) == 0;
        const QString name = exists ? firstLine(m_path) : QStringLiteral("(none)");
        if (m_names.isEmpty() || m_names.last() != name)
            m_names << name;
        if (exists && (m_inodes.isEmpty() || m_inodes.last() != st.st_ino))
            m_inodes << st.st_ino;
    }
    // Every holder seen, in order, e.g. ["node1"] or ["node1", "node2"].
    QStringList names() const { return m_names; }
    int fileVersions() const { return int(m_inodes.size()); }

private:
    QString m_path;
    QTimer m_timer;
    QStringList m_names;
    QList<ino_t> m_inodes;
};

} // namespace twinha::tests
