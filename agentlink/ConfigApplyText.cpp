#include "agentlink/ConfigApplyText.h"

#include "agentlink/ConfigApplyRun.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ConfigRule.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>

namespace twinha::agentlink {

namespace {
// A refused config's findings (CONFIG_INVALID's issues), each in its own words: " line 4: …".
QString issues(const protocol::RpcError& e)
{
    QString text;
    if (e.code != QLatin1String(protocol::codes::kConfigInvalid))
        return text;
    for (const QJsonValue& issue : e.params.value(QStringLiteral("issues")).toArray()) {
        if (protocol::issueSeverityFrom(issue[QStringLiteral("severity")].toString()) != protocol::IssueSeverity::Error)
            continue;
        const protocol::RpcError finding = protocol::RpcError::make(issue[QStringLiteral("code")].toString(),
                                                                    issue[QStringLiteral("params")].toObject());
        text += QLatin1Char(' ') + ConfigApplyText::tr("Line %1: %2")
                                       .arg(issue[QStringLiteral("line")].toInt())
                                       .arg(ErrorText::describe(finding));
    }
    return text;
}

// "node1: <reason>" for every node with an error (or, with `problems`, a reported problem).
QString reasons(const ConfigApplyRun& run, bool problems)
{
    QStringList parts;
    for (int i = 0; i < 2; ++i) {
        const protocol::RpcError& e = problems ? run.node(i).problem : run.node(i).error;
        if (!e.isNull())
            parts << run.nodeName(i) + QStringLiteral(": ") + ErrorText::describe(e) + issues(e);
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

QString ConfigApplyText::phase(const ConfigApplyRun& run)
{
    const QString a = run.nodeName(0);
    const QString b = run.nodeName(1);
    switch (run.phase()) {
    case ConfigApplyRun::Phase::Idle:
        return {};
    case ConfigApplyRun::Phase::Preparing:
        return tr("Preparing %1 and %2: each agent checks the configuration and stages it; automatic failover is "
                  "frozen until the change is over.")
            .arg(a, b);
    case ConfigApplyRun::Phase::Aborting:
        return tr("Aborting on %1 and %2: the staged configuration is dropped.").arg(a, b);
    case ConfigApplyRun::Phase::Committing:
        return tr("Committing on %1 and %2: each agent writes the configuration, keeping a backup, and reloads.")
            .arg(a, b);
    case ConfigApplyRun::Phase::Settling:
        return tr("Waiting until %1 and %2 hear each other on the new configuration.").arg(a, b);
    case ConfigApplyRun::Phase::Finished:
        return outcome(run);
    }
    return {};
}

QString ConfigApplyText::outcome(const ConfigApplyRun& run)
{
    switch (run.outcome()) {
    case ConfigApplyRun::Outcome::None:
        return {};
    case ConfigApplyRun::Outcome::Applied:
        return tr("Both nodes run the new configuration and hear each other on it (%1 ms after the commit); "
                  "automatic failover is active again.")
            .arg(run.settledAfterMs());
    case ConfigApplyRun::Outcome::NothingChanged: {
        const QString why = reasons(run, false);
        if (why.isEmpty())
            return tr("Nothing was changed: the nodes were not both prepared in time. Both keep their previous "
                      "configuration.");
        return tr("Nothing was changed; both nodes keep their previous configuration. %1").arg(why);
    }
    case ConfigApplyRun::Outcome::Partial:
        for (int i = 0; i < 2; ++i)
            if (run.node(i).committed)
                return tr("%1 runs the new configuration, but %2 did not take it. Automatic failover stays frozen on "
                          "both nodes until they hear each other; apply the configuration again. %3")
                    .arg(run.nodeName(i), run.nodeName(1 - i),
                         reasons(run, false) + QLatin1Char(' ') + reasons(run, true))
                    .trimmed();
        return tr("It is not known whether the nodes took the new configuration. Automatic failover stays frozen on "
                  "each node until it hears the other on the same configuration; apply the configuration again. %1")
            .arg(reasons(run, false))
            .trimmed();
    case ConfigApplyRun::Outcome::Unsettled:
        return tr("Both nodes have the new configuration, but they do not report hearing each other on it. "
                  "Automatic failover stays frozen until they do; check the new heartbeat addresses, ports and any "
                  "firewall. %1")
            .arg(reasons(run, true))
            .trimmed();
    }
    return {};
}

} // namespace twinha::agentlink
