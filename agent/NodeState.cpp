#include "agent/NodeState.h"

#include "agentlink/protocol/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinha::agent {

NodeState::NodeState(const QString& stateDir, QObject* parent)
    : QObject(parent)
    , m_stateDir(stateDir)
{}

QString NodeState::filePath() const
{
    return QDir(m_stateDir).filePath(QStringLiteral("state.json"));
}

bool NodeState::isEpoch(const QJsonValue& v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(v.toInteger());
}

protocol::Role NodeState::roleOf(const Groups& groups)
{
    return groups.values().contains(protocol::Role::Active) ? protocol::Role::Active : protocol::Role::Standby;
}

protocol::Role NodeState::role() const
{
    return m_groups.isEmpty() && m_legacyRole != protocol::Role::None ? m_legacyRole : roleOf(m_groups);
}

bool NodeState::load(QString* error)
{
    QFile file(filePath());
    if (!file.exists()) {
        m_epoch = 0;
        m_groups.clear();
        m_epochs.clear();
        m_legacyRole = protocol::Role::None;
        return write(m_epoch, m_groups, m_epochs, error);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024), &pe);
    const QJsonObject o = doc.object();
    const QJsonValue epoch = o.value(QStringLiteral("epoch"));
    const protocol::Role role = protocol::roleFrom(o.value(QStringLiteral("role")).toString());
    const QJsonValue groupsValue = o.value(QStringLiteral("groups"));
    const QJsonValue epochsValue = o.value(QStringLiteral("epochs"));
    bool ok = pe.error == QJsonParseError::NoError && doc.isObject() && isEpoch(epoch);
    Groups groups;
    if (groupsValue.isObject()) {
        const QJsonObject g = groupsValue.toObject();
        for (auto it = g.begin(); it != g.end(); ++it) {
            const protocol::Role r = protocol::roleFrom(it.value().toString());
            ok = ok && protocol::isGroupRole(r);
            groups.insert(it.key(), r);
        }
    } else {
        ok = ok && groupsValue.isUndefined() && protocol::isGroupRole(role); // the older form
    }
    Epochs epochs;
    if (epochsValue.isObject()) {
        const QJsonObject e = epochsValue.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            ok = ok && isEpoch(it.value());
            epochs.insert(it.key(), it.value().toInteger());
        }
    } else {
        ok = ok && epochsValue.isUndefined();
        for (auto it = groups.begin(); it != groups.end(); ++it)
            epochs.insert(it.key(), epoch.toInteger()); // written with one epoch for every group
    }
    if (!ok) {
        *error = QStringLiteral("%1 is not {\"epoch\": N, \"groups\": {\"<group>\": \"active|standby\"}, "
                                "\"epochs\": {\"<group>\": N}}")
                     .arg(filePath());
        return false;
    }
    m_epoch = epoch.toInteger();
    for (const qint64 e : std::as_const(epochs))
        m_epoch = std::max(m_epoch, e);
    m_groups = groups;
    m_epochs = epochs;
    m_legacyRole = groupsValue.isObject() ? protocol::Role::None : role;
    return true;
}

bool NodeState::adoptLegacyRole(const QStringList& allGroups, QString* error)
{
    if (m_legacyRole == protocol::Role::None)
        return true;
    Groups groups;
    Epochs epochs;
    for (const QString& g : allGroups) {
        groups.insert(g, m_legacyRole);
        epochs.insert(g, m_epoch);
    }
    if (!write(m_epoch, groups, epochs, error))
        return false;
    m_groups = groups;
    m_epochs = epochs;
    m_legacyRole = protocol::Role::None;
    return true;
}

bool NodeState::set(qint64 epoch, const Groups& groups, QString* error)
{
    Epochs epochs = m_epochs;
    for (auto it = groups.begin(); it != groups.end(); ++it)
        if (m_groups.value(it.key()) != it.value() || !epochs.contains(it.key()))
            epochs.insert(it.key(), epoch);
    return commit(epoch, groups, epochs, error);
}

bool NodeState::setGroup(const QString& group, protocol::Role role, qint64 epoch, QString* error)
{
    Groups groups = m_groups;
    groups.insert(group, role);
    Epochs epochs = m_epochs;
    epochs.insert(group, epoch);
    return commit(std::max(m_epoch, epoch), groups, epochs, error);
}

bool NodeState::commit(qint64 epoch, const Groups& groups, const Epochs& epochs, QString* error)
{
    for (const protocol::Role r : groups) {
        if (!protocol::isGroupRole(r)) {
            *error = QStringLiteral("invalid role \"%1\"").arg(protocol::roleName(r));
            return false;
        }
    }
    if (epoch < 0) {
        *error = QStringLiteral("invalid epoch %1").arg(epoch);
        return false;
    }
    for (const qint64 e : epochs) {
        if (e < 0) {
            *error = QStringLiteral("invalid epoch %1").arg(e);
            return false;
        }
        epoch = std::max(epoch, e); // the node's epoch is never behind one of its groups'
    }
    if (epoch == m_epoch && groups == m_groups && epochs == m_epochs && m_legacyRole == protocol::Role::None)
        return true;
    if (!write(epoch, groups, epochs, error))
        return false;
    m_epoch = epoch;
    m_groups = groups;
    m_epochs = epochs;
    m_legacyRole = protocol::Role::None;
    Q_EMIT changed();
    return true;
}

bool NodeState::write(qint64 epoch, const Groups& groups, const Epochs& epochs, QString* error) const
{
    if (!QDir().mkpath(m_stateDir)) {
        *error = QStringLiteral("cannot create %1").arg(m_stateDir);
        return false;
    }
    QJsonObject g;
    for (auto it = groups.begin(); it != groups.end(); ++it)
        g.insert(it.key(), protocol::roleName(it.value()));
    QJsonObject e;
    for (auto it = epochs.begin(); it != epochs.end(); ++it)
        e.insert(it.key(), it.value());
    const QJsonObject o{
        {QStringLiteral("epoch"), epoch},
        {QStringLiteral("role"),
         protocol::roleName(groups.isEmpty() && m_legacyRole != protocol::Role::None ? m_legacyRole : roleOf(groups))},
        {QStringLiteral("groups"), g},
        {QStringLiteral("epochs"), e}};
    // Synced with its folder before anyone acts on it: a role or epoch must survive a power cut.
    QString why;
    if (!protocol::AtomicFile::write(filePath(), QJsonDocument(o).toJson(), 0600, &why)) {
        *error = QStringLiteral("cannot write %1: %2").arg(filePath(), why);
        return false;
    }
    return true;
}

} // namespace twinha::agent
