#include "agent/NodeState.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace twinha::agent {

NodeState::NodeState(const QString& stateDir, QObject* parent)
    : QObject(parent)
    , m_stateDir(stateDir)
{}

QString NodeState::filePath() const
{
    return QDir(m_stateDir).filePath(QStringLiteral("state.json"));
}

bool NodeState::isValidRole(const QString& role)
{
    return role == QLatin1String("active") || role == QLatin1String("standby");
}

bool NodeState::load(QString* error)
{
    QFile file(filePath());
    if (!file.exists()) {
        m_role = QStringLiteral("standby");
        m_epoch = 0;
        return write(m_role, m_epoch, error);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024), &pe);
    const QJsonObject o = doc.object();
    const QJsonValue epoch = o.value(QStringLiteral("epoch"));
    const QString role = o.value(QStringLiteral("role")).toString();
    if (pe.error != QJsonParseError::NoError || !doc.isObject() || !isValidRole(role) || !epoch.isDouble() ||
        epoch.toDouble() < 0 || epoch.toDouble() != double(epoch.toInteger())) {
        *error = QStringLiteral("%1 is not {\"epoch\": N, \"role\": \"active|standby\"}").arg(filePath());
        return false;
    }
    m_role = role;
    m_epoch = epoch.toInteger();
    return true;
}

bool NodeState::set(const QString& role, qint64 epoch, QString* error)
{
    if (!isValidRole(role) || epoch < 0) {
        *error = QStringLiteral("invalid role or epoch");
        return false;
    }
    if (role == m_role && epoch == m_epoch)
        return true;
    if (!write(role, epoch, error))
        return false;
    m_role = role;
    m_epoch = epoch;
    Q_EMIT changed();
    return true;
}

bool NodeState::write(const QString& role, qint64 epoch, QString* error) const
{
    if (!QDir().mkpath(m_stateDir)) {
        *error = QStringLiteral("cannot create %1").arg(m_stateDir);
        return false;
    }
    // QSaveFile writes a temporary file and renames it, so a crash never leaves half a state.
    QSaveFile file(filePath());
    const QJsonObject o{{QStringLiteral("epoch"), epoch}, {QStringLiteral("role"), role}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace twinha::agent
