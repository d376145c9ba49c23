#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace twinha::bench {

// Client-visible downtime of one HA setup in the netns lab, in ms: the longest time the probing
// client went without an answer from the VIP, per planned move and per kill -9 of the active node.
struct DowntimeSamples
{
    QString setup;
    QList<double> plannedMs;
    QList<double> unplannedMs;
    QStringList problems; // runs that went wrong; their samples are left out
};

} // namespace twinha::bench
