#include "agent/coordinator/NodeClaims.h"

#include <algorithm>

namespace twinha::agent {

QJsonObject NodeClaims::toJson() const
{
    QJsonObject g;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QJsonObject group{{QStringLiteral("held"), it->held},
                          {QStringLiteral("state"), protocol::runStateName(it->state)}};
        if (it->runs)
            group.insert(QStringLiteral("runs"), *it->runs);
        if (it->epoch)
            group.insert(QStringLiteral("e"), *it->epoch);
        g.insert(it.key(), group);
    }
    QJsonObject l;
    for (auto it = lag.begin(); it != lag.end(); ++it) {
        QJsonObject c{{QStringLiteral("lag_s"), it->lagS ? QJsonValue(*it->lagS) : QJsonValue()},
                      {QStringLiteral("state"), protocol::replicationStateName(it->state)}};
        if (!it->error.isEmpty())
            c.insert(QStringLiteral("error"), it->error);
        if (it->lagBytes)
            c.insert(QStringLiteral("lag_b"), *it->lagBytes);
        if (it->synchronous)
            c.insert(QStringLiteral("sy"), 1);
        l.insert(it.key(), c);
    }
    QJsonObject o{{QStringLiteral("epoch"), epoch},
                  {QStringLiteral("checksum"), checksum},
                  {QStringLiteral("groups"), g},
                  {QStringLiteral("lag"), l},
                  {QStringLiteral("tiebreaker"), tiebreaker ? QJsonValue(*tiebreaker) : QJsonValue()}};
    if (hearsPeer)
        o.insert(QStringLiteral("hears"), *hearsPeer);
    if (maintenance)
        o.insert(QStringLiteral("mnt"), maintenance->toJson());
    if (!op.isNull())
        o.insert(QStringLiteral("op"), op.toWireJson());
    if (request)
        o.insert(QStringLiteral("req"), QJsonObject{{QStringLiteral("id"), request->id},
                                                    {QStringLiteral("group"), request->group},
                                                    {QStringLiteral("to"), request->to},
                                                    {QStringLiteral("force"), request->force},
                                                    {QStringLiteral("actor"), request->actor}});
    return o;
}

bool NodeClaims::mayRun(const QString& group) const
{
    const Group g = groups.value(group);
    if (g.runs)
        return *g.runs;
    return protocol::mayHoldResources(g.state);
}

std::optional<NodeClaims> NodeClaims::fromJson(const QJsonObject& o)
{
    const QJsonValue epoch = o.value(QStringLiteral("epoch"));
    if (!epoch.isDouble() || !o.value(QStringLiteral("groups")).isObject())
        return std::nullopt;
    NodeClaims p;
    p.epoch = epoch.toInteger();
    p.checksum = o.value(QStringLiteral("checksum")).toString();
    const QJsonObject g = o.value(QStringLiteral("groups")).toObject();
    for (auto it = g.begin(); it != g.end(); ++it) {
        const QJsonValue runs = it.value()[QStringLiteral("runs")];
        const QJsonValue e = it.value()[QStringLiteral("e")];
        p.groups.insert(it.key(), {it.value()[QStringLiteral("held")].toBool(),
                                   protocol::runStateFrom(it.value()[QStringLiteral("state")].toString()),
                                   runs.isBool() ? std::optional<bool>(runs.toBool()) : std::nullopt,
                                   e.isDouble() ? std::optional<qint64>(e.toInteger()) : std::nullopt});
    }
    const QJsonObject l = o.value(QStringLiteral("lag")).toObject();
    for (auto it = l.begin(); it != l.end(); ++it) {
        const QJsonValue v = it.value()[QStringLiteral("lag_s")];
        const QJsonValue b = it.value()[QStringLiteral("lag_b")];
        p.lag.insert(it.key(), {v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt,
                                protocol::replicationStateFrom(it.value()[QStringLiteral("state")].toString()),
                                it.value()[QStringLiteral("error")].toString(),
                                b.isDouble() ? std::optional<qint64>(b.toInteger()) : std::nullopt,
                                it.value()[QStringLiteral("sy")].toInt() == 1});
    }
    if (o.value(QStringLiteral("op")).isObject())
        p.op = OperationRecord::fromJson(o.value(QStringLiteral("op")).toObject());
    // An agent that publishes group epochs also waits for the acknowledgement of its handovers.
    p.op.ack = std::any_of(p.groups.cbegin(), p.groups.cend(), [](const Group& g) { return g.epoch.has_value(); });
    if (const QJsonValue t = o.value(QStringLiteral("tiebreaker")); t.isBool())
        p.tiebreaker = t.toBool();
    if (const QJsonValue h = o.value(QStringLiteral("hears")); h.isBool())
        p.hearsPeer = h.toBool();
    p.maintenance = Maintenance::fromJson(o.value(QStringLiteral("mnt")));
    if (const QJsonValue r = o.value(QStringLiteral("req")); r.isObject())
        p.request = Request{r[QStringLiteral("id")].toString(), r[QStringLiteral("group")].toString(),
                            r[QStringLiteral("to")].toString(), r[QStringLiteral("force")].toBool(),
                            r[QStringLiteral("actor")].toString()};
    return p;
}

} // namespace twinha::agent
