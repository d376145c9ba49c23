#pragma once

#include <QMap>
#include <QObject>
#include <QString>

namespace twinha::agent {

// The node's cluster epoch and which groups it holds, persisted in STATE_DIR/state.json as
// {"epoch": N, "role": "active|standby", "groups": {"<group>": "active|standby"}}. It must survive
// restarts: a node that forgot its epoch could believe a stale claim to be active. "role" is
// derived (active iff any group is held) and kept for people and older tools reading the file.
// The older form {"epoch": N, "role": R} still loads; adoptLegacyRole() turns it into groups.
class NodeState : public QObject
{
    Q_OBJECT

public:
    using Groups = QMap<QString, QString>; // group -> "active" | "standby"; absent: never assigned

    explicit NodeState(const QString& stateDir, QObject* parent = nullptr);

    // Reads the file. A missing file means a fresh node: standby at epoch 0, written at once.
    // A file that exists but cannot be understood is an error; guessing a role would be unsafe.
    bool load(QString* error);

    QString role() const;
    qint64 epoch() const { return m_epoch; }
    Groups groups() const { return m_groups; }
    QString groupRole(const QString& group) const { return m_groups.value(group); }
    bool holds(const QString& group) const { return m_groups.value(group) == QLatin1String("active"); }
    QString filePath() const;

    // A file of the older form said "active" without naming groups: that node held every group
    // there was (hot standby has one). Writes the new form; a no-op once groups are known.
    bool adoptLegacyRole(const QStringList& allGroups, QString* error);

    // Writes first (atomically), then takes the new values and emits changed() if they differ.
    bool set(qint64 epoch, const Groups& groups, QString* error);
    bool setGroup(const QString& group, const QString& role, qint64 epoch, QString* error);

    static bool isValidRole(const QString& role);

Q_SIGNALS:
    void changed();

private:
    bool write(qint64 epoch, const Groups& groups, QString* error) const;
    static QString roleOf(const Groups& groups);

    QString m_stateDir;
    qint64 m_epoch = 0;
    Groups m_groups;
    QString m_legacyRole; // from a file of the older form, until adoptLegacyRole()
};

} // namespace twinha::agent
