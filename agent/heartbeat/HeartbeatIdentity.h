#pragma once

#include <QByteArray>
#include <QString>

namespace twinha::agent {

// Who is sending, to whom, and under which key: the same for every link of one daemon run.
struct HeartbeatIdentity
{
    QString cluster;
    QString self;
    QString peer;
    QByteArray key;
    QString boot;        // 16 hex digits, random per daemon start
    qint64 bootTime = 0; // wall clock at start, ms since the epoch
};

} // namespace twinha::agent
