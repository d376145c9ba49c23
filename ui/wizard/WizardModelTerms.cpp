// WizardModel::unknownTerms: what in a running config this console cannot read back.
#include "agentlink/protocol/ConfigTerms.h"
#include "ui/wizard/WizardModel.h"

#include <QJsonArray>

namespace twinha::ui {

QStringList WizardModel::unknownTerms(const QJsonObject& doc)
{
    QStringList out;
    const auto check = [&out](const QString& field, const QString& word, bool known) {
        if (!word.isEmpty() && !known)
            out << QStringLiteral("%1 = \"%2\"").arg(field, word);
    };
    const QString mode = doc.value(QStringLiteral("cluster"))[QStringLiteral("mode")].toString();
    check(QStringLiteral("cluster.mode"), mode, protocol::clusterModeFrom(mode) != protocol::ClusterMode::Unknown);
    for (const QJsonValue& g : doc.value(QStringLiteral("group")).toArray())
        for (const QJsonValue& r : g[QStringLiteral("resource")].toArray()) {
            const QString type = r[QStringLiteral("type")].toString();
            check(QStringLiteral("resource.type"), type,
                  protocol::resourceTypeFrom(type) != protocol::ResourceType::Unknown);
        }
    for (const QJsonValue& v : doc.value(QStringLiteral("replication")).toArray()) {
        const QString type = v[QStringLiteral("type")].toString();
        const QString transport = v[QStringLiteral("transport")].toString();
        check(QStringLiteral("replication.type"), type,
              protocol::replicationTypeFrom(type) != protocol::ReplicationType::Unknown);
        check(QStringLiteral("replication.transport"), transport,
              protocol::mirrorTransportFrom(transport) != protocol::MirrorTransportKind::Unknown);
    }
    out.removeDuplicates();
    return out;
}

} // namespace twinha::ui
