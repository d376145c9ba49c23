#pragma once

#include <QObject>
#include <QString>

namespace twinha::agent {

// The node's role and cluster epoch, persisted in STATE_DIR/state.json as
// {"epoch": N, "role": "active|standby"}. It must survive restarts: a node that forgot its epoch
// could believe a stale claim to be active.
class NodeState : public QObject
{
    Q_OBJECT

public:
    explicit NodeState(const QString& stateDir, QObject* parent = nullptr);

    // Reads the file. A missing file means a fresh node: standby at epoch 0, written at once.
    // A file that exists but cannot be understood is an error; guessing a role would be unsafe.
    bool load(QString* error);

    QString role() const { return m_role; }
    qint64 epoch() const { return m_epoch; }
    QString filePath() const;

    // Writes first (atomically), then takes the new values and emits changed().
    bool set(const QString& role, qint64 epoch, QString* error);

    static bool isValidRole(const QString& role);

Q_SIGNALS:
    void changed();

private:
    bool write(const QString& role, qint64 epoch, QString* error) const;

    QString m_stateDir;
    QString m_role = QStringLiteral("standby");
    qint64 m_epoch = 0;
};

} // namespace twinha::agent
