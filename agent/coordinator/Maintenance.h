#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace twinha::agent {

// Maintenance mode: the agents keep monitoring but never start, stop or move a group by
// themselves, and planned operations need force. Either node takes the operator's word; the other
// adopts it from the heartbeat payload, the higher `seq` winning, so both agree without a vote.
// Kept in STATE_DIR/maintenance.json, so a restarted agent stays hands-off.
struct Maintenance
{
    qint64 seq = 0;       // raised at every change, past both nodes' values
    bool cluster = false; // every group
    QStringList groups;   // these groups only (when not cluster)
    QString actor;        // who changed it last
    qint64 atMs = 0;      // when, wall clock (ms since the epoch)

    bool covers(const QString& group) const { return cluster || groups.contains(group); }
    bool isOn() const { return cluster || !groups.isEmpty(); }
    // {"seq", "on", "groups", "by", "at"}; "on" is the whole cluster.
    QJsonObject toJson() const;
    static std::optional<Maintenance> fromJson(const QJsonValue& value);
    // The record in stateDir; an empty one when there is none or it is damaged (logged).
    static Maintenance load(const QString& stateDir);
    bool save(const QString& stateDir, QString* error) const;
    // The state after an operator's `on`/`off` for `group` (empty: the whole cluster).
    Maintenance changed(bool on, const QString& group, const QString& actor, qint64 seq, qint64 nowMs) const;

    bool operator==(const Maintenance&) const = default;
};

} // namespace twinha::agent
