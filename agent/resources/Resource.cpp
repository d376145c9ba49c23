#include "agent/resources/Resource.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QTimer>

namespace twinha::agent {

namespace codes = protocol::codes;

Resource::Resource(const ResourceConfig& config, const ResourceContext& context, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_context(context)
{
    setObjectName(config.name);
}

bool Resource::start()
{
    return begin(Action::Start, State::Starting);
}

bool Resource::stop()
{
    return begin(Action::Stop, State::Stopping);
}

bool Resource::checkStatus()
{
    return begin(Action::Status, m_state);
}

bool Resource::begin(Action action, State transitional)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_completed = false;
    m_action = action;
    if (action != Action::Status)
        setState(transitional);
    m_inCall = true;
    switch (action) {
    case Action::Start:
        doStart();
        break;
    case Action::Stop:
        doStop();
        break;
    case Action::Status:
        doStatus();
        break;
    case Action::None: // start(), stop() and checkStatus() are the only callers
        break;
    }
    m_inCall = false;
    return true;
}

void Resource::succeed()
{
    complete(true, {});
}

void Resource::fail(const protocol::RpcError& reason)
{
    complete(false, reason);
}

void Resource::complete(bool ok, const protocol::RpcError& reason)
{
    if (!m_busy || m_completed)
        return;
    m_completed = true;
    if (m_inCall) // callers connect after start() returns; never answer before that
        QTimer::singleShot(0, this, [this, ok, reason] { deliver(ok, reason); });
    else
        deliver(ok, reason);
}

void Resource::deliver(bool ok, const protocol::RpcError& reason)
{
    switch (m_action) {
    case Action::Start:
        setState(ok ? State::Running : State::Failed, reason);
        break;
    case Action::Stop:
        setState(ok ? State::Stopped : State::Failed, reason);
        break;
    case Action::Status:
        m_lastCheck = QDateTime::currentDateTimeUtc();
        if (ok)
            setState(State::Running);
        else if (m_state == State::Running) // was up, is down now: that is a failure
            setState(State::Failed, reason);
        // Stopped stays Stopped, and Failed keeps the reason it failed with.
        break;
    case Action::None:
        break;
    }
    m_busy = false;
    Q_EMIT finished(m_action, ok, reason);
}

void Resource::setState(State state, const protocol::RpcError& reason)
{
    m_reason = reason;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

protocol::RpcError Resource::error(const char* code, QJsonObject params) const
{
    params.insert(QStringLiteral("group"), m_context.group);
    params.insert(QStringLiteral("resource"), m_config.name);
    return protocol::RpcError::make(QString::fromLatin1(code), params);
}

protocol::RpcError Resource::commandError(Action action, const CommandRunner::Result& result) const
{
    if (result.timedOut)
        return error(codes::kResourceTimeout, {{QStringLiteral("action"), protocol::resourceActionName(action)},
                                               {QStringLiteral("timeout_ms"), m_config.timeoutMs}});
    const QJsonObject params{{QStringLiteral("exit_status"), result.exitCode},
                             {QStringLiteral("stderr"), result.stderrTail.trimmed()}};
    switch (action) {
    case Action::Start:
        return error(codes::kResourceStartFailed, params);
    case Action::Stop:
        return error(codes::kResourceStopFailed, params);
    case Action::Status:
    case Action::None:
        break;
    }
    return error(codes::kResourceNotRunning, params);
}

void Resource::prepare(CommandRunner& runner, Action action) const
{
    runner.setTimeoutMs(m_config.timeoutMs);
    runner.setExtraEnvironment({{QStringLiteral("TWINHA_CLUSTER"), m_context.cluster},
                                {QStringLiteral("TWINHA_NODE"), m_context.node},
                                {QStringLiteral("TWINHA_GROUP"), m_context.group},
                                {QStringLiteral("TWINHA_RESOURCE"), m_config.name},
                                {QStringLiteral("TWINHA_ACTION"), protocol::resourceActionName(action)}});
}

QJsonObject Resource::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), m_config.name},
                     {QStringLiteral("type"), m_config.typeName},
                     {QStringLiteral("state"), protocol::runStateName(m_state)},
                     {QStringLiteral("last_check"), m_lastCheck.isValid()
                                                        ? QJsonValue(m_lastCheck.toString(Qt::ISODateWithMs))
                                                        : QJsonValue(QJsonValue::Null)}};
    if (!m_reason.isNull())
        json.insert(QStringLiteral("reason"), reasonJson(m_reason));
    return json;
}

QJsonObject Resource::reasonJson(const protocol::RpcError& reason)
{
    QJsonObject json = reason.params;
    json.insert(QStringLiteral("code"), reason.code);
    return json;
}

} // namespace twinha::agent
