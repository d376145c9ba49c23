#include "agent/replication/DivergenceStore.h"

#include "agent/replication/KeptSet.h"
#include "agentlink/protocol/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace twinha::agent {

DivergenceStore::DivergenceStore(const QString& stateDir)
    : m_dir(stateDir + QStringLiteral("/divergence/sets"))
{}

QString DivergenceStore::recordPath(const QString& id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".json");
}

bool DivergenceStore::save(const QJsonObject& record, QString* error) const
{
    const QString id = record.value(QStringLiteral("id")).toString();
    if (!KeptSet::isValidId(id)) {
        *error = QStringLiteral("invalid id \"%1\"").arg(id);
        return false;
    }
    if (!QDir().mkpath(m_dir)) {
        *error = m_dir + QStringLiteral(": cannot create");
        return false;
    }
    return protocol::AtomicFile::write(recordPath(id), QJsonDocument(record).toJson(QJsonDocument::Indented), 0600,
                                       error);
}

QJsonObject DivergenceStore::withPresence(QJsonObject record)
{
    record.insert(QStringLiteral("present"), QFileInfo(record.value(QStringLiteral("path")).toString()).isDir());
    return record;
}

std::optional<QJsonObject> DivergenceStore::find(const QString& id) const
{
    if (!KeptSet::isValidId(id))
        return std::nullopt;
    QFile f(recordPath(id));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject() || doc.object().value(QStringLiteral("id")).toString() != id)
        return std::nullopt;
    return withPresence(doc.object());
}

bool DivergenceStore::contains(const QString& id) const
{
    return QFileInfo::exists(recordPath(id));
}

QList<QJsonObject> DivergenceStore::list() const
{
    QList<QJsonObject> out;
    const QStringList files = QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& file : files)
        if (std::optional<QJsonObject> record = find(file.chopped(5)))
            out << *record;
    std::sort(out.begin(), out.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("kept_at")).toString() > b.value(QStringLiteral("kept_at")).toString();
    });
    return out;
}

} // namespace twinha::agent
