#include "agent/witness/LeaseStore.h"

#include "agentlink/protocol/AtomicFile.h"

#include <QFile>
#include <QJsonDocument>

namespace twinha::agent {

LeaseStore::LeaseStore(const QString& stateDir)
    : m_path(stateDir + QStringLiteral("/leases.json"))
{}

std::optional<QJsonObject> LeaseStore::load(QString* error) const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("twinha_witness")).toInt() != 1) {
        *error = QStringLiteral("%1 is not a witness lease record (%2); move it aside only if no lease can be "
                                "out, e.g. after both nodes of every cluster have been stopped")
                     .arg(m_path, parse.errorString());
        return std::nullopt;
    }
    return doc.object();
}

bool LeaseStore::save(const QJsonObject& document, QString* error) const
{
    return protocol::AtomicFile::write(m_path, QJsonDocument(document).toJson(QJsonDocument::Compact), 0600, error);
}

} // namespace twinha::agent
