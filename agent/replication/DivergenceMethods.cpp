#include "agent/replication/DivergenceMethods.h"

#include "agent/replication/DivergenceStore.h"
#include "agent/replication/KeptSet.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace methods = protocol::methods;

DivergenceMethods::DivergenceMethods(const QString& node, const QString& stateDir)
    : m_node(node)
    , m_stateDir(stateDir)
{}

std::optional<RpcMessage> DivergenceMethods::handle(const RpcMessage& request) const
{
    if (request.method == QLatin1String(methods::kDivergenceList))
        return list(request);
    if (request.method == QLatin1String(methods::kDivergenceShow))
        return show(request);
    return std::nullopt;
}

RpcMessage DivergenceMethods::list(const RpcMessage& request) const
{
    QJsonArray sets;
    for (const QJsonObject& r : DivergenceStore(m_stateDir).list())
        sets.append(r);
    // Sets waiting for their resync (STATE/divergence/CHANNEL.armed), so "pushes refused" has a why.
    QJsonArray armed;
    const QDir dir(m_stateDir + QStringLiteral("/divergence"));
    for (const QString& file : dir.entryList({QStringLiteral("*.armed")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QJsonObject a = QJsonDocument::fromJson(f.readAll()).object();
        a.insert(QStringLiteral("channel"), file.chopped(6));
        armed.append(a);
    }
    return RpcMessage::resultFor(request.id, QJsonObject{{QStringLiteral("node"), m_node},
                                                         {QStringLiteral("sets"), sets},
                                                         {QStringLiteral("armed"), armed}});
}

RpcMessage DivergenceMethods::show(const RpcMessage& request) const
{
    const QJsonValue id = request.params.value(QStringLiteral("id"));
    const QJsonValue limit = request.params.value(QStringLiteral("limit"));
    if (!id.isString() || !(limit.isUndefined() || (limit.isDouble() && limit.toInt() >= 1)))
        return RpcMessage::invalidParams(request, QStringLiteral("id must be a string, limit a number >= 1"));
    const std::optional<QJsonObject> set = DivergenceStore(m_stateDir).find(id.toString());
    if (!set)
        return RpcMessage::errorFor(request.id,
                                    RpcError::make(QString::fromLatin1(protocol::codes::kDivergenceNotFound),
                                                   {{QStringLiteral("id"), id.toString()}}));
    bool more = false;
    const QList<KeptSet::Entry> entries =
        KeptSet::entries(set->value(QStringLiteral("path")).toString(), set->value(QStringLiteral("folder")).toString(),
                         std::min(limit.isUndefined() ? kDefaultFiles : limit.toInt(), kMaxFiles), &more);
    QJsonArray files;
    for (const KeptSet::Entry& e : entries)
        files.append(QJsonObject{
            {QStringLiteral("path"), e.path},
            {QStringLiteral("size"), e.size},
            {QStringLiteral("kind"), e.overwritten ? QStringLiteral("overwritten") : QStringLiteral("deleted")}});
    return RpcMessage::resultFor(request.id, QJsonObject{{QStringLiteral("node"), m_node},
                                                         {QStringLiteral("set"), *set},
                                                         {QStringLiteral("files"), files},
                                                         {QStringLiteral("more"), more}});
}

} // namespace twinha::agent
