#include "agent/fencing/Fencer.h"

#include "agent/AgentLog.h"
#include "agent/resources/CommandRunner.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

Fencer::Fencer(const FenceConfig& device, QObject* parent)
    : QObject(parent)
    , m_device(device)
{
    m_since.start();
}

Fencer::~Fencer() = default;

QString Fencer::deviceName() const
{
    return m_device.agent.isEmpty() ? m_device.script : m_device.agent;
}

QByteArray Fencer::input(const FenceConfig& device, const char* action)
{
    QByteArray in = "action=" + QByteArray(action) + "\nnodename=" + device.node.toUtf8() + '\n';
    for (auto it = device.options.cbegin(); it != device.options.cend(); ++it)
        in += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    return in;
}

bool Fencer::fence()
{
    if (m_state == State::Running || m_state == State::Done ||
        (m_state == State::Failed && m_since.elapsed() < kRetryMs))
        return false;
    delete m_runner;
    m_runner = new CommandRunner(this);
    connect(m_runner, &CommandRunner::finished, this, [this](const CommandRunner::Result& r) {
        const auto log = AgentLog::get("agent.fencing");
        m_since.restart();
        if (r.ok()) {
            m_state = State::Done;
            m_error = {};
            log->warn("fenced {} with {} in {} ms", m_device.node.toStdString(), deviceName().toStdString(),
                      r.elapsedMs);
        } else {
            m_state = State::Failed;
            const QString detail =
                r.timedOut ? QStringLiteral("timed out after %1 ms").arg(m_device.timeoutMs) : r.stderrTail.trimmed();
            m_error = protocol::RpcError::make(QString::fromLatin1(protocol::codes::kFenceFailed),
                                               {{QStringLiteral("node"), m_device.node},
                                                {QStringLiteral("device"), deviceName()},
                                                {QStringLiteral("exit_status"), r.exitCode},
                                                {QStringLiteral("detail"), detail}});
            log->error("fencing {} with {} failed (exit status {}): {}", m_device.node.toStdString(),
                       deviceName().toStdString(), r.exitCode, detail.toStdString());
        }
        Q_EMIT finished(r.ok());
    });
    m_state = State::Running;
    m_since.restart();
    AgentLog::get("agent.fencing")->warn("fencing {} with {}", m_device.node.toStdString(), deviceName().toStdString());
    start(m_runner, m_device, "off");
    return true;
}

void Fencer::start(CommandRunner* runner, const FenceConfig& device, const char* action)
{
    runner->setTimeoutMs(device.timeoutMs);
    runner->setStandardInput(input(device, action));
    runner->setExtraEnvironment({{QStringLiteral("TWINHA_FENCE_NODE"), device.node},
                                 {QStringLiteral("TWINHA_FENCE_ACTION"), QString::fromLatin1(action)}});
    if (!device.script.isEmpty()) {
        runner->runShell(device.script);
        return;
    }
    const QString program =
        device.agent.contains(QLatin1Char('/')) ? device.agent : CommandRunner::findTool(device.agent);
    // A missing agent fails like any other start failure, with the reason in its detail.
    runner->run(program.isEmpty() ? device.agent : program, {});
}

void Fencer::probe(const FenceConfig& device, QObject* context, std::function<void(const QJsonObject&)> done)
{
    auto* runner = new CommandRunner(context);
    QObject::connect(runner, &CommandRunner::finished, context,
                     [runner, device, done = std::move(done)](const CommandRunner::Result& r) {
                         runner->deleteLater();
                         const QString detail = r.timedOut
                                                    ? QStringLiteral("timed out after %1 ms").arg(device.timeoutMs)
                                                    : r.stderrTail.trimmed();
                         done({{QStringLiteral("node"), device.node},
                               {QStringLiteral("device"), device.agent.isEmpty() ? device.script : device.agent},
                               {QStringLiteral("ok"), r.ok()},
                               {QStringLiteral("exit_status"), r.exitCode},
                               {QStringLiteral("detail"), detail}});
                     });
    start(runner, device, "monitor");
}

void Fencer::reset()
{
    if (m_state == State::Running)
        return; // a fence under way is never abandoned: its result still says where the peer stands
    if (m_state != State::Idle) {
        m_state = State::Idle;
        m_since.restart();
    }
}

QJsonObject Fencer::toJson() const
{
    QJsonObject o{{QStringLiteral("node"), m_device.node},
                  {QStringLiteral("device"), deviceName()},
                  {QStringLiteral("state"), protocol::fenceStateName(m_state)},
                  {QStringLiteral("since_ms"), m_since.elapsed()}};
    if (!m_error.isNull()) {
        o.insert(QStringLiteral("code"), m_error.code);
        o.insert(QStringLiteral("params"), m_error.params);
    }
    return o;
}

} // namespace twinha::agent
