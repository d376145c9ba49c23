#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace twinha::agent {

// What the agent tells an administrator about one journal entry: its kind (what [[notify]]
// `events` filters on), a one-line summary, and the entry itself. Summaries are plain English
// for mail and chat; the entry goes along as JSON for scripts and webhooks that want the facts.
struct Notification
{
    // The kinds, in the order the config's documentation lists them.
    static const QStringList& kinds();

    QString kind;    // role, failover, switchover, split_brain, link, lag, fencing
    QString subject; // the group, link, channel or node it is about
    QString summary; // "Switchover of service from node1 to node2: done (gap 640 ms)"
    QString cluster;
    QString node;
    QJsonObject entry; // the journal entry: seq, time, type, node, actor, data

    // Nothing for entries nobody is told about (config changes, operator actions, notify_*), and
    // for a switchover on its target: the node the group left tells, so it is told once.
    static std::optional<Notification> fromEntry(const QJsonObject& entry, const QString& cluster);
};

} // namespace twinha::agent
