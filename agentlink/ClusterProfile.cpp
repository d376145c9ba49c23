#include "agentlink/ClusterProfile.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinha::agentlink {

using protocol::RpcError;
namespace codes = protocol::codes;

namespace {
std::optional<ClusterProfile> invalid(RpcError* error, const QString& field, const QString& detail, int line = 0,
                                      int column = 0)
{
    if (error) {
        QJsonObject params{{QStringLiteral("field"), field}, {QStringLiteral("detail"), detail}};
        if (line > 0) {
            params.insert(QStringLiteral("line"), line);
            params.insert(QStringLiteral("column"), column);
        }
        *error = RpcError::make(codes::kProfileInvalid, params);
    }
    return std::nullopt;
}

QString resolve(const QString& baseDir, const QString& path)
{
    if (path.isEmpty())
        return path;
    const QString expanded = path.startsWith(QLatin1String("~/")) ? QDir::homePath() + path.mid(1) : path;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(expanded));
}
} // namespace

std::optional<ClusterProfile> ClusterProfile::load(const QString& path, RpcError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = RpcError::make(codes::kProfileUnreadable,
                                    {{QStringLiteral("path"), path}, {QStringLiteral("detail"), file.errorString()}});
        return std::nullopt;
    }
    auto profile = fromJson(file.readAll(), QFileInfo(path).absolutePath(), error);
    if (profile)
        profile->path = QFileInfo(path).absoluteFilePath();
    else if (error)
        error->params.insert(QStringLiteral("path"), path);
    return profile;
}

std::optional<ClusterProfile> ClusterProfile::fromJson(const QByteArray& json, const QString& baseDir, RpcError* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(pe.offset);
        const int line = before.count('\n') + 1;
        const int column = pe.offset - (before.lastIndexOf('\n') + 1) + 1;
        return invalid(error, QString(), pe.errorString(), line, column);
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("twinha_profile")).toInt() != 1)
        return invalid(error, QStringLiteral("twinha_profile"), QStringLiteral("expected 1"));

    ClusterProfile profile;
    profile.name = root.value(QStringLiteral("name")).toString();
    if (profile.name.isEmpty())
        return invalid(error, QStringLiteral("name"), QStringLiteral("missing"));
    const QString knownHosts = resolve(baseDir, root.value(QStringLiteral("known_hosts")).toString());
    if (knownHosts.isEmpty())
        return invalid(error, QStringLiteral("known_hosts"), QStringLiteral("missing"));

    const QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
    if (nodes.size() != 2)
        return invalid(error, QStringLiteral("nodes"), QStringLiteral("a cluster has exactly two nodes"));
    for (int i = 0; i < nodes.size(); ++i) {
        const QJsonObject n = nodes.at(i).toObject();
        const QString where = QStringLiteral("nodes[%1].").arg(i);
        NodeEndpoint ep;
        ep.name = n.value(QStringLiteral("name")).toString();
        ep.host = n.value(QStringLiteral("host")).toString();
        ep.port = n.value(QStringLiteral("port")).toInt(22);
        ep.user = n.value(QStringLiteral("user")).toString();
        ep.identityFile = resolve(baseDir, n.value(QStringLiteral("identity")).toString());
        ep.knownHostsFile = knownHosts;
        const QJsonValue identitiesOnly = n.value(QStringLiteral("identities_only"));
        if (!identitiesOnly.isUndefined() && !identitiesOnly.isBool())
            return invalid(error, where + QStringLiteral("identities_only"), QStringLiteral("true or false"));
        ep.identitiesOnly = identitiesOnly.toBool(false);
        const QString command = n.value(QStringLiteral("agent_command")).toString();
        if (!command.isEmpty())
            ep.agentCommand = command;
        if (n.contains(QStringLiteral("jump"))) {
            const QJsonObject jump = n.value(QStringLiteral("jump")).toObject();
            ep.jumpHost = jump.value(QStringLiteral("host")).toString();
            ep.jumpPort = jump.value(QStringLiteral("port")).toInt(22);
            ep.jumpUser = jump.value(QStringLiteral("user")).toString();
            ep.jumpIdentityFile = resolve(baseDir, jump.value(QStringLiteral("identity")).toString());
            if (ep.jumpHost.isEmpty())
                return invalid(error, where + QStringLiteral("jump.host"), QStringLiteral("missing"));
            if (ep.jumpPort < 1 || ep.jumpPort > 65535)
                return invalid(error, where + QStringLiteral("jump.port"), QStringLiteral("not in 1..65535"));
        }
        if (ep.name.isEmpty())
            return invalid(error, where + QStringLiteral("name"), QStringLiteral("missing"));
        if (ep.host.isEmpty())
            return invalid(error, where + QStringLiteral("host"), QStringLiteral("missing"));
        if (ep.port < 1 || ep.port > 65535)
            return invalid(error, where + QStringLiteral("port"), QStringLiteral("not in 1..65535"));
        if (!profile.nodes.isEmpty() && profile.nodes.first().name == ep.name)
            return invalid(error, where + QStringLiteral("name"), QStringLiteral("both nodes have the same name"));
        profile.nodes.append(ep);
    }
    return profile;
}

} // namespace twinha::agentlink
