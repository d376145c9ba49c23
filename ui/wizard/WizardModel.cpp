#include "ui/wizard/WizardModel.h"

#include "agentlink/protocol/HeartbeatTiming.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace twinha::ui {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// "10.0.0.1:5405" or "[fe80::1]:5405" into its address and port; the port stays as it was when
// there is none.
void splitEndpoint(const QString& endpoint, QString* address, int* port)
{
    const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
    const bool hasPort =
        colon > 0 && (endpoint.startsWith(QLatin1Char('[')) ? endpoint.at(colon - 1) == QLatin1Char(']')
                                                            : endpoint.count(QLatin1Char(':')) == 1);
    QString host = hasPort ? endpoint.left(colon) : endpoint;
    if (hasPort)
        *port = endpoint.mid(colon + 1).toInt();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    *address = host;
}

} // namespace

QString WizardModel::Fence::key() const
{
    return device.trimmed().contains(QRegularExpression(QStringLiteral("\\s"))) ? QStringLiteral("script")
                                                                                : QStringLiteral("agent");
}

QList<std::pair<QString, QString>> WizardModel::fenceOptions(const QString& lines, int* badLine)
{
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    QList<std::pair<QString, QString>> out;
    if (badLine)
        *badLine = 0;
    const QStringList list = lines.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString line = list.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString k = eq > 0 ? line.left(eq).trimmed() : QString();
        if (!key.match(k).hasMatch()) {
            if (badLine && *badLine == 0)
                *badLine = int(i + 1);
            continue;
        }
        out.append({k, line.mid(eq + 1).trimmed()});
    }
    return out;
}

agentlink::ProtectionLevel WizardModel::protectionLevel() const
{
    using agentlink::ProtectionLevel;
    if (!automaticFailover)
        return ProtectionLevel::Manual;
    const bool witness =
        (!witnessAddress.trimmed().isEmpty() || !witnessEtcd.isEmpty()) && mode != protocol::ClusterMode::Duplex;
    ProtectionLevel weakest = ProtectionLevel::WitnessFencing;
    for (size_t i = 0; i < 2; ++i) {
        const bool fences = this->fences[1 - i].isSet(); // node i powers its peer off with it
        const ProtectionLevel level = witness ? (fences ? ProtectionLevel::WitnessFencing : ProtectionLevel::Witness)
                                              : (fences ? ProtectionLevel::Fencing : ProtectionLevel::PingOnly);
        weakest = std::min(weakest, level);
    }
    return weakest;
}

QString WizardModel::preferredNode(const Group& g) const
{
    return g.preferred >= 0 && g.preferred < 2 ? nodeNames[size_t(g.preferred)] : QString();
}

QString WizardModel::endpoint(const QString& address, int port)
{
    const QString host = address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
    return host + QLatin1Char(':') + QString::number(port);
}

QJsonObject WizardModel::settings() const
{
    QJsonArray nodes;
    for (const QString& n : nodeNames)
        nodes.append(QJsonObject{{QStringLiteral("name"), n}});

    QJsonArray linkArray;
    for (const Link& l : links) {
        QJsonObject endpoints;
        for (size_t i = 0; i < 2; ++i)
            endpoints.insert(nodeNames[i], endpoint(l.address[i], l.port[i]));
        linkArray.append(QJsonObject{{QStringLiteral("name"), l.name}, {QStringLiteral("endpoints"), endpoints}});
    }

    QJsonArray groupArray;
    for (const Group& g : groups) {
        QJsonArray resources;
        for (const Resource& r : g.resources) {
            QJsonObject o{{QStringLiteral("type"), protocol::resourceTypeName(r.type)},
                          {QStringLiteral("name"), r.name}};
            const auto put = [&o](const char* key, const QString& value) {
                if (!value.isEmpty())
                    o.insert(QLatin1String(key), value);
            };
            if (r.type == protocol::ResourceType::Vip) {
                put("address", r.address);
                put("interface", r.interface);
            } else if (r.type == protocol::ResourceType::Systemd) {
                put("unit", r.unit);
            } else if (r.type == protocol::ResourceType::Postgresql) {
                const auto perNode = [&](const char* key, const std::array<QString, 2>& v) {
                    if (v[0] == v[1])
                        put(key, v[0]);
                    else
                        o.insert(QLatin1String(key), QJsonObject{{nodeNames[0], v[0]}, {nodeNames[1], v[1]}});
                };
                perNode("data_dir", r.dataDir);
                perNode("config_dir", r.configDir);
                perNode("socket_dir", r.socketDir);
                o.insert(QStringLiteral("endpoints"),
                         QJsonObject{{nodeNames[0], r.pgEndpoint[0]}, {nodeNames[1], r.pgEndpoint[1]}});
                put("run_as", r.runAs);
                put("replication_user", r.replicationUser);
            } else {
                put("start", r.start);
                put("stop", r.stop);
                put("status", r.status);
                put("run_as", r.runAs);
            }
            resources.append(o);
        }
        QJsonObject o{{QStringLiteral("name"), g.name}, {QStringLiteral("resource"), resources}};
        if (!preferredNode(g).isEmpty())
            o.insert(QStringLiteral("preferred"), preferredNode(g));
        groupArray.append(o);
    }

    QJsonArray replicationArray;
    for (const Replication& r : replications) {
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("type"), protocol::replicationTypeName(r.type)},
                      {QStringLiteral("group"), r.group},
                      {QStringLiteral("max_lag_s"), r.maxLagS}};
        if (r.type == protocol::ReplicationType::Mirror) {
            if (r.path[0] == r.path[1]) {
                o.insert(QStringLiteral("path"), r.path[0]);
            } else {
                o.insert(QStringLiteral("paths"), QJsonObject{{nodeNames[0], r.path[0]}, {nodeNames[1], r.path[1]}});
            }
            // Each node receives the copy on the address of its first heartbeat link: from its rsync
            // daemon, or over ssh from its sshd.
            const bool ssh = r.transport == protocol::MirrorTransportKind::Ssh;
            QJsonObject endpoints;
            for (size_t i = 0; i < 2; ++i)
                endpoints.insert(nodeNames[i], endpoint(links.isEmpty() ? hosts[i].address : links.first().address[i],
                                                        ssh ? r.sshPort[i] : r.port[i]));
            o.insert(QStringLiteral("endpoints"), endpoints);
            o.insert(QStringLiteral("transport"), protocol::mirrorTransportName(r.transport));
        } else if (r.type == protocol::ReplicationType::Postgresql) {
            o.insert(QStringLiteral("max_lag_bytes"), r.maxLagBytes);
        } else {
            o.insert(QStringLiteral("command"), r.command);
        }
        replicationArray.append(o);
    }

    // Every device the wizard knows of; none removes the old ones.
    QJsonArray fenceArray;
    for (size_t i = 0; i < 2; ++i) {
        const Fence& f = fences[i];
        if (!f.isSet())
            continue;
        QJsonObject o{{QStringLiteral("node"), nodeNames[i]},
                      {f.key(), f.device.trimmed()},
                      {QStringLiteral("timeout_ms"), f.timeoutMs}};
        QJsonObject options;
        for (const auto& [k, v] : fenceOptions(f.options))
            options.insert(k, v);
        if (!options.isEmpty())
            o.insert(QStringLiteral("options"), options);
        fenceArray.append(o);
    }

    QJsonObject out{
        {QStringLiteral("cluster"), QJsonObject{{QStringLiteral("name"), clusterName},
                                                {QStringLiteral("mode"), protocol::clusterModeName(mode)},
                                                {QStringLiteral("key_file"), keyFile}}},
        {QStringLiteral("timing"),
         QJsonObject{{QStringLiteral("interval_ms"), intervalMs}, {QStringLiteral("dead_time_ms"), deadTimeMs}}},
        {QStringLiteral("node"), nodes},
        {QStringLiteral("link"), linkArray},
        {QStringLiteral("group"), groupArray},
        {QStringLiteral("replication"), replicationArray},
        {QStringLiteral("failover"),
         QJsonObject{{QStringLiteral("automatic"), automaticFailover},
                     {QStringLiteral("tiebreakers"), QJsonArray::fromStringList(tiebreakers)}}},
        {QStringLiteral("fence"), fenceArray},
    };
    if (notify.shouldSend())
        out.insert(QStringLiteral("notify"), notify.toSettings());
    if (!witnessEtcd.isEmpty())
        return out; // [witness] is etcd's, written by hand: left as it is
    if (!witnessAddress.trimmed().isEmpty())
        out.insert(QStringLiteral("witness"), QJsonObject{{QStringLiteral("address"), witnessAddress.trimmed()},
                                                          {QStringLiteral("ttl_ms"), witnessTtlMs}});
    else if (hadWitness)
        out.insert(QStringLiteral("witness"), QJsonObject()); // no address: no witness
    return out;
}

bool WizardModel::fillFromDocument(const QJsonObject& doc)
{
    QStringList names;
    for (const QJsonValue& n : doc.value(QStringLiteral("node")).toArray())
        names << str(n.toObject(), "name");
    names.sort();
    QStringList ours{nodeNames[0], nodeNames[1]};
    ours.sort();
    if (names != ours)
        return false;
    const auto indexOf = [this](const QString& name) {
        return name == nodeNames[0] ? 0 : name == nodeNames[1] ? 1 : -1;
    };

    const QJsonObject cluster = doc.value(QStringLiteral("cluster")).toObject();
    clusterName = str(cluster, "name");
    mode = protocol::clusterModeFrom(str(cluster, "mode"));
    keyFile = str(cluster, "key_file");
    const QJsonObject timing = doc.value(QStringLiteral("timing")).toObject();
    // As the agent reads it: the profile's values, then those written beside it.
    if (protocol::TimingProfile p;
        protocol::TimingProfile::named(timing.value(QStringLiteral("profile")).toString(), &p)) {
        intervalMs = p.intervalMs;
        deadTimeMs = p.deadTimeMs;
    }
    intervalMs = timing.value(QStringLiteral("interval_ms")).toInt(intervalMs);
    deadTimeMs = timing.value(QStringLiteral("dead_time_ms")).toInt(deadTimeMs);

    links.clear();
    for (const QJsonValue& v : doc.value(QStringLiteral("link")).toArray()) {
        const QJsonObject o = v.toObject();
        Link l;
        l.name = str(o, "name");
        const QJsonObject endpoints = o.value(QStringLiteral("endpoints")).toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
            if (const int i = indexOf(it.key()); i >= 0)
                splitEndpoint(it.value().toString(), &l.address[size_t(i)], &l.port[size_t(i)]);
        links.append(l);
    }

    groups.clear();
    for (const QJsonValue& v : doc.value(QStringLiteral("group")).toArray()) {
        const QJsonObject o = v.toObject();
        Group g;
        g.name = str(o, "name");
        g.preferred = indexOf(str(o, "preferred"));
        for (const QJsonValue& rv : o.value(QStringLiteral("resource")).toArray()) {
            const QJsonObject r = rv.toObject();
            Resource res;
            res.type = protocol::resourceTypeFrom(str(r, "type"));
            res.name = str(r, "name");
            res.address = str(r, "address");
            res.interface = str(r, "interface");
            res.unit = str(r, "unit");
            res.start = str(r, "start");
            res.stop = str(r, "stop");
            res.status = str(r, "status");
            res.runAs = str(r, "run_as");
            // postgresql: `key = "v"` or `key = { node1 = "v1", node2 = "v2" }`
            const auto perNode = [&](const char* key, std::array<QString, 2>* out) {
                const QJsonValue v = r.value(QLatin1String(key));
                *out = {v.toString(), v.toString()};
                const QJsonObject byNode = v.toObject();
                for (auto it = byNode.begin(); it != byNode.end(); ++it)
                    if (const int i = indexOf(it.key()); i >= 0)
                        (*out)[size_t(i)] = it.value().toString();
            };
            perNode("data_dir", &res.dataDir);
            perNode("config_dir", &res.configDir);
            perNode("socket_dir", &res.socketDir);
            perNode("endpoints", &res.pgEndpoint);
            res.replicationUser = str(r, "replication_user");
            g.resources.append(res);
        }
        groups.append(g);
    }

    replications.clear();
    for (const QJsonValue& v : doc.value(QStringLiteral("replication")).toArray()) {
        const QJsonObject o = v.toObject();
        Replication r;
        r.name = str(o, "name");
        r.type = protocol::replicationTypeFrom(str(o, "type"));
        r.group = str(o, "group");
        r.command = str(o, "command");
        r.maxLagS = o.value(QStringLiteral("max_lag_s")).toDouble(r.maxLagS);
        r.maxLagBytes = o.value(QStringLiteral("max_lag_bytes")).toInteger(r.maxLagBytes);
        r.path = {str(o, "path"), str(o, "path")};
        const QJsonObject paths = o.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it)
            if (const int i = indexOf(it.key()); i >= 0)
                r.path[size_t(i)] = it.value().toString();
        if (o.contains(QStringLiteral("transport")))
            r.transport = protocol::mirrorTransportFrom(str(o, "transport"));
        const bool ssh = r.transport == protocol::MirrorTransportKind::Ssh;
        const QJsonObject endpoints = o.value(QStringLiteral("endpoints")).toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
            if (const int i = indexOf(it.key()); i >= 0) {
                QString ignored;
                splitEndpoint(it.value().toString(), &ignored, ssh ? &r.sshPort[size_t(i)] : &r.port[size_t(i)]);
            }
        }
        replications.append(r);
    }

    const QJsonObject failover = doc.value(QStringLiteral("failover")).toObject();
    automaticFailover = failover.value(QStringLiteral("automatic")).toBool();
    tiebreakers.clear();
    for (const QJsonValue& t : failover.value(QStringLiteral("tiebreakers")).toArray())
        tiebreakers << t.toString();

    const QJsonObject witness = doc.value(QStringLiteral("witness")).toObject();
    witnessAddress = str(witness, "address");
    witnessTtlMs = witness.value(QStringLiteral("ttl_ms")).toInt(2000);
    hadWitness = !witnessAddress.isEmpty();
    witnessEtcd.clear();
    for (const QJsonValue& url : witness.value(QStringLiteral("etcd")).toArray())
        witnessEtcd << url.toString();
    notify = NotifyTargets::fromDocument(doc.value(QStringLiteral("notify")).toArray());
    fences = {};
    for (const QJsonValue& v : doc.value(QStringLiteral("fence")).toArray()) {
        const QJsonObject o = v.toObject();
        const int i = indexOf(str(o, "node"));
        if (i < 0)
            continue;
        Fence& f = fences[size_t(i)];
        f.device = o.contains(QStringLiteral("script")) ? str(o, "script") : str(o, "agent");
        f.timeoutMs = o.value(QStringLiteral("timeout_ms")).toInt(f.timeoutMs);
        QStringList lines;
        const QJsonObject options = o.value(QStringLiteral("options")).toObject();
        for (auto it = options.begin(); it != options.end(); ++it)
            lines << it.key() + QLatin1Char('=') +
                         (it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString());
        f.options = lines.join(QLatin1Char('\n'));
    }
    return true;
}

QJsonObject WizardModel::profileJson(const QString& knownHosts) const
{
    QJsonArray nodes;
    for (size_t i = 0; i < 2; ++i) {
        const Host& h = hosts[i];
        // Until the agents said their names, a node goes by its address (errors name it so).
        const QString address = h.port == 22 ? h.address : endpoint(h.address, h.port);
        QJsonObject n{{QStringLiteral("name"), nodeNames[i].isEmpty() ? address : nodeNames[i]},
                      {QStringLiteral("host"), h.address},
                      {QStringLiteral("port"), h.port},
                      {QStringLiteral("user"), h.user},
                      {QStringLiteral("agent_command"), h.agentCommand}};
        if (!h.identityFile.isEmpty())
            n.insert(QStringLiteral("identity"), h.identityFile);
        if (!h.jumpHost.isEmpty()) {
            QJsonObject jump{{QStringLiteral("host"), h.jumpHost}, {QStringLiteral("port"), h.jumpPort}};
            if (!h.jumpUser.isEmpty())
                jump.insert(QStringLiteral("user"), h.jumpUser);
            n.insert(QStringLiteral("jump"), jump);
        }
        nodes.append(n);
    }
    return QJsonObject{{QStringLiteral("twinha_profile"), 1},
                       {QStringLiteral("name"), clusterName},
                       {QStringLiteral("known_hosts"), knownHosts},
                       {QStringLiteral("nodes"), nodes}};
}

} // namespace twinha::ui
