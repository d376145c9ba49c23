#pragma once

#include "agentlink/protocol/Role.h"

#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QString>

namespace twinha::agent {

// The node's epochs and which groups it holds, persisted in STATE_DIR/state.json as
// {"epoch": N, "role": "active|standby", "groups": {"<group>": "active|standby"}, "epochs": {"<group>": N}}.
// It must survive restarts: a node that forgot an epoch could believe a stale claim to be active.
// Each group has its own epoch, raised at each of its role changes, so that a move of one group
// never decides a split-brain over another. "epoch" is the highest this node has used or seen: every
// new epoch is past both nodes' (so group epochs order changes across the cluster), and it is what
// older peers compare. "role" is derived (active iff any group is held) and kept
// for people and older tools reading the file. Older forms still load: without "epochs" every
// group's epoch is "epoch"; {"epoch": N, "role": R} becomes groups through adoptLegacyRole().
class NodeState : public QObject
{
    Q_OBJECT

public:
    using Groups = QMap<QString, protocol::Role>; // Active or Standby; absent: never assigned
    using Epochs = QMap<QString, qint64>;         // group -> the epoch of its last role change known here

    explicit NodeState(const QString& stateDir, QObject* parent = nullptr);

    // Reads the file. A missing file means a fresh node: standby at epoch 0, written at once.
    // A file that exists but cannot be understood is an error; guessing a role would be unsafe.
    bool load(QString* error);

    protocol::Role role() const;
    qint64 epoch() const { return m_epoch; }
    // The node's epoch for a group that has none of its own yet (never assigned).
    qint64 groupEpoch(const QString& group) const { return m_epochs.value(group, m_epoch); }
    Epochs groupEpochs() const { return m_epochs; }
    Groups groups() const { return m_groups; }
    protocol::Role groupRole(const QString& group) const { return m_groups.value(group, protocol::Role::None); }
    bool holds(const QString& group) const { return m_groups.value(group) == protocol::Role::Active; }
    QString filePath() const;

    // A file of the older form said "active" without naming groups: that node held every group
    // there was (hot standby has one). Writes the new form; a no-op once groups are known.
    bool adoptLegacyRole(const QStringList& allGroups, QString* error);

    // Writes first (atomically), then takes the new values and emits changed() if they differ.
    // Every group whose role changes, or that had no epoch yet, gets `epoch`; with the same roles
    // it only adopts a node epoch (one seen on the peer).
    bool set(qint64 epoch, const Groups& groups, QString* error);
    // The group's role at the group's new epoch; the node's epoch rises with it.
    bool setGroup(const QString& group, protocol::Role role, qint64 epoch, QString* error);

    static bool isEpoch(const QJsonValue& value); // a whole number, not negative

Q_SIGNALS:
    void changed();

private:
    bool commit(qint64 epoch, const Groups& groups, const Epochs& epochs, QString* error);
    bool write(qint64 epoch, const Groups& groups, const Epochs& epochs, QString* error) const;
    static protocol::Role roleOf(const Groups& groups);

    QString m_stateDir;
    qint64 m_epoch = 0;
    Groups m_groups;
    Epochs m_epochs;
    protocol::Role m_legacyRole = protocol::Role::None; // from a file of the older form, until adoptLegacyRole()
};

} // namespace twinha::agent
