#include "app/ctl/ConfigCommand.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ConfigApplyRun.h"
#include "agentlink/ConfigApplyText.h"
#include "agentlink/ErrorText.h"
#include "app/ctl/CtlExitCodes.h"

#include <QFile>
#include <QJsonArray>

namespace twinha::app {

using agentlink::ConfigApplyRun;

namespace {
QJsonValue errorJson(const protocol::RpcError& e)
{
    if (e.isNull())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("code"), e.code}, {QStringLiteral("params"), e.params}};
}

QString outcomeName(ConfigApplyRun::Outcome o)
{
    switch (o) {
    case ConfigApplyRun::Outcome::Applied:
        return QStringLiteral("applied");
    case ConfigApplyRun::Outcome::NothingChanged:
        return QStringLiteral("nothing_changed");
    case ConfigApplyRun::Outcome::Partial:
        return QStringLiteral("partial");
    case ConfigApplyRun::Outcome::Unsettled:
        return QStringLiteral("unsettled");
    case ConfigApplyRun::Outcome::None:
        break;
    }
    return QStringLiteral("none");
}
} // namespace

bool ConfigCommand::validArguments(const QStringList& afterConfig)
{
    return afterConfig.size() == 2 && afterConfig.first() == QLatin1String("apply") && !afterConfig.at(1).isEmpty();
}

void ConfigCommand::run()
{
    QFile file(m_ctx.file);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(m_ctx.file, file.errorString()));
        return Q_EMIT finished(exitcodes::kUsage);
    }
    const QByteArray text = file.readAll();
    // One change on both nodes, or none: a node out of reach would be left behind.
    for (int i = 0; i < m_ctx.monitor->nodeCount(); ++i)
        if (m_ctx.monitor->node(i).link != agentlink::LinkState::Ready) {
            printError(tr("%1 cannot be reached (%2); nothing was changed. A configuration change needs both nodes.")
                           .arg(m_ctx.monitor->node(i).endpoint.name,
                                agentlink::ErrorText::describe(m_ctx.monitor->node(i).lastError)));
            return Q_EMIT finished(exitcodes::kUnreachable);
        }
    m_run = new ConfigApplyRun(m_ctx.monitor, this);
    connect(m_run, &ConfigApplyRun::changed, this, [this] {
        if (m_ctx.json || m_run->phase() == ConfigApplyRun::Phase::Finished || int(m_run->phase()) == m_printedPhase)
            return;
        m_printedPhase = int(m_run->phase());
        print(agentlink::ConfigApplyText::phase(*m_run));
    });
    connect(m_run, &ConfigApplyRun::finished, this, &ConfigCommand::report);
    ConfigApplyRun::Request request;
    request.text = text;
    m_run->start(request);
}

QJsonObject ConfigCommand::resultJson() const
{
    QJsonArray nodes;
    for (int i = 0; i < 2; ++i) {
        const ConfigApplyRun::NodeResult& n = m_run->node(i);
        nodes.append(QJsonObject{{QStringLiteral("name"), m_run->nodeName(i)},
                                 {QStringLiteral("committed"), n.committed},
                                 {QStringLiteral("settled"), n.settled},
                                 {QStringLiteral("backup"), n.backup.isEmpty() ? QJsonValue() : n.backup},
                                 {QStringLiteral("error"), errorJson(n.error)},
                                 {QStringLiteral("problem"), errorJson(n.problem)}});
    }
    return {{QStringLiteral("config_apply"), QJsonObject{{QStringLiteral("tx"), m_run->tx()},
                                                         {QStringLiteral("checksum"), m_run->checksum()},
                                                         {QStringLiteral("outcome"), outcomeName(m_run->outcome())},
                                                         {QStringLiteral("settled_after_ms"), m_run->settledAfterMs()},
                                                         {QStringLiteral("nodes"), nodes}}}};
}

int ConfigCommand::exitCode() const
{
    switch (m_run->outcome()) {
    case ConfigApplyRun::Outcome::Applied:
        return exitcodes::kOk;
    case ConfigApplyRun::Outcome::NothingChanged:
        for (int i = 0; i < 2; ++i)
            if (!m_run->node(i).error.isNull())
                return exitCodeFor(m_run->node(i).error.code);
        return exitcodes::kNotReady;
    default:
        return exitcodes::kFailed;
    }
}

void ConfigCommand::report()
{
    if (m_ctx.json) {
        printJson(resultJson());
    } else if (m_run->outcome() == ConfigApplyRun::Outcome::Applied) {
        print(agentlink::ConfigApplyText::outcome(*m_run));
        for (int i = 0; i < 2; ++i)
            if (!m_run->node(i).backup.isEmpty())
                print(tr("%1 keeps its previous configuration as %2").arg(m_run->nodeName(i), m_run->node(i).backup));
    } else {
        printError(agentlink::ConfigApplyText::outcome(*m_run));
    }
    Q_EMIT finished(exitCode());
}

} // namespace twinha::app
