#include "agent/witness/WitnessConfig.h"

#include "agent/config/ConfigValidator.h"
#include "agent/heartbeat/ClusterKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSet>

#include <toml++/toml.h>

namespace twinha::agent {

namespace {
QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void readListen(const toml::table& root, WitnessServerConfig* c, QStringList* errors)
{
    const toml::array* a = root["listen"].as_array();
    if (!a || a->empty()) {
        errors->append(QStringLiteral("listen: expected a list of \"host:port\", e.g. [\"0.0.0.0:5410\"]"));
        return;
    }
    for (const toml::node& n : *a) {
        const auto* s = n.as_string();
        WitnessServerConfig::Listen l;
        protocol::ConfigRule error;
        if (!s || !ConfigValidator::splitHostPort(qs(s->get()), &l.host, &l.port, &error))
            errors->append(
                QStringLiteral("listen: %1").arg(s ? error.english() : QStringLiteral("expected \"host:port\"")));
        else if (QHostAddress(l.host).isNull()) // a name would be looked up at every start, or bind everywhere
            errors->append(
                QStringLiteral("listen: \"%1\" is not an IP address (use 0.0.0.0 or [::] for every one)").arg(l.host));
        else
            c->listen << l;
    }
}

void readClusters(const toml::table& root, const QString& baseDir, WitnessServerConfig* c, QStringList* errors)
{
    const toml::array* a = root["cluster"].as_array();
    if (!a || a->empty()) {
        errors->append(QStringLiteral("cluster: at least one [[cluster]] with name and key_file"));
        return;
    }
    QSet<QString> names;
    for (const toml::node& n : *a) {
        const toml::table* t = n.as_table();
        WitnessServerConfig::Cluster cl;
        cl.name = t ? qs((*t)["name"].value_or(std::string_view())) : QString();
        const QString key = t ? qs((*t)["key_file"].value_or(std::string_view())) : QString();
        if (cl.name.isEmpty() || key.isEmpty()) {
            errors->append(QStringLiteral("cluster: each [[cluster]] needs name and key_file"));
            continue;
        }
        if (names.contains(cl.name)) {
            errors->append(QStringLiteral("cluster: \"%1\" is listed twice").arg(cl.name));
            continue;
        }
        names.insert(cl.name);
        cl.keyFile = QDir(baseDir).absoluteFilePath(key);
        protocol::RpcError error;
        cl.key = ClusterKey::load(cl.keyFile, &error);
        if (cl.key.isEmpty())
            errors->append(QStringLiteral("cluster \"%1\": cannot use key %2: %3")
                               .arg(cl.name, cl.keyFile, error.params.value(QStringLiteral("detail")).toString()));
        else
            c->clusters << cl;
    }
}
} // namespace

bool WitnessServerConfig::load(const QString& path, WitnessServerConfig* c, QStringList* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    toml::table root;
    try {
        root = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())), path.toStdString());
    } catch (const toml::parse_error& e) {
        errors->append(QStringLiteral("%1:%2:%3: %4")
                           .arg(path)
                           .arg(e.source().begin.line)
                           .arg(e.source().begin.column)
                           .arg(qs(e.description())));
        return false;
    }
    for (auto&& [key, value] : root) {
        const QString k = qs(key.str());
        if (k != QLatin1String("listen") && k != QLatin1String("state_dir") && k != QLatin1String("cluster"))
            errors->append(QStringLiteral("%1: unknown key (listen, state_dir, cluster)").arg(k));
    }
    readListen(root, c, errors);
    if (const auto dir = root["state_dir"].value<std::string_view>())
        c->stateDir = qs(*dir);
    readClusters(root, QFileInfo(path).absolutePath(), c, errors);
    return errors->isEmpty();
}

} // namespace twinha::agent
