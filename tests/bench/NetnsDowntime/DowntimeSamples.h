#pragma once

#include <QList>
#include <QMap>
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
    // TwinHA's planned moves as the agents timed them: each step of the switchover, and the
    // service's gap from the stop on the source to the verified start on the target ("gap").
    QMap<QString, QList<double>> plannedStepsMs;
    QStringList problems; // runs that went wrong; their samples are left out
};

} // namespace twinha::bench
