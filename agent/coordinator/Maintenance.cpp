#include "agent/coordinator/Maintenance.h"

#include "agent/AgentLog.h"
#include "agentlink/protocol/AtomicFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace twinha::agent {

namespace {
QString fileIn(const QString& stateDir)
{
    return stateDir + QStringLiteral("/maintenance.json");
}
} // namespace

QJsonObject Maintenance::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("on"), cluster},
            {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
            {QStringLiteral("by"), actor},
            {QStringLiteral("at"), atMs}};
}

std::optional<Maintenance> Maintenance::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject() || !o.value(QStringLiteral("seq")).isDouble() || !o.value(QStringLiteral("on")).isBool())
        return std::nullopt;
    Maintenance m;
    m.seq = o.value(QStringLiteral("seq")).toInteger();
    m.cluster = o.value(QStringLiteral("on")).toBool();
    for (const QJsonValue& g : o.value(QStringLiteral("groups")).toArray())
        if (g.isString())
            m.groups << g.toString();
    m.actor = o.value(QStringLiteral("by")).toString();
    m.atMs = o.value(QStringLiteral("at")).toInteger();
    return m;
}

Maintenance Maintenance::load(const QString& stateDir)
{
    QFile f(fileIn(stateDir));
    if (!f.exists())
        return {};
    std::optional<Maintenance> m;
    if (f.open(QIODevice::ReadOnly))
        m = fromJson(QJsonDocument::fromJson(f.readAll()).object());
    if (!m)
        AgentLog::get("agent.coordinator")
            ->error("{} is damaged; maintenance mode is off until an operator sets it again",
                    f.fileName().toStdString());
    return m.value_or(Maintenance());
}

bool Maintenance::save(const QString& stateDir, QString* error) const
{
    return protocol::AtomicFile::write(fileIn(stateDir), QJsonDocument(toJson()).toJson(QJsonDocument::Compact), 0600,
                                       error);
}

Maintenance Maintenance::changed(bool on, const QString& group, const QString& by, qint64 newSeq, qint64 nowMs) const
{
    Maintenance m = *this;
    m.seq = newSeq;
    m.actor = by;
    m.atMs = nowMs;
    if (group.isEmpty()) {
        m.cluster = on;
        if (!on)
            m.groups.clear(); // "off" for the cluster ends every group's too
    } else if (on && !m.groups.contains(group)) {
        m.groups << group;
    } else if (!on) {
        m.groups.removeAll(group);
    }
    return m;
}

} // namespace twinha::agent
