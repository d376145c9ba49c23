// ConfigApply's control methods: config.prepare, config.commit and config.abort.
#include "agent/AgentLog.h"
#include "agent/config/ConfigApply.h"
#include "agent/config/ConfigFile.h"
#include "agent/config/ConfigLoader.h"
#include "agent/config/ConfigMethods.h"
#include "agent/config/LinkPortCheck.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agent/coordinator/Coordinator.h"
#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace codes = protocol::codes;
namespace methods = protocol::methods;

namespace {
RpcError make(const char* code, const QJsonObject& params)
{
    return RpcError::make(QString::fromLatin1(code), params);
}

// The tx parameter: the engine's id for the change, the same on both nodes.
QString txOf(const RpcMessage& request)
{
    const QString tx = request.params.value(QStringLiteral("tx")).toString();
    return tx.size() <= 64 ? tx : QString();
}
} // namespace

std::optional<RpcMessage> ConfigApply::handle(const RpcMessage& request, const ClientCredentials& client)
{
    const QString& m = request.method;
    if (m != QLatin1String(methods::kConfigPrepare) && m != QLatin1String(methods::kConfigCommit) &&
        m != QLatin1String(methods::kConfigAbort))
        return std::nullopt;
    if (txOf(request).isEmpty())
        return RpcMessage::invalidParams(request, QStringLiteral("tx must be a string of 1 to 64 characters"));
    if (m == QLatin1String(methods::kConfigPrepare))
        return prepare(request, client);
    if (m == QLatin1String(methods::kConfigCommit))
        return commit(request, client);
    return abort(request, client);
}

std::optional<RpcError> ConfigApply::refusePrepare(const QByteArray& text, bool keyProvided,
                                                   const std::optional<QString>& expected, QJsonObject* validation,
                                                   int* deadTimeMs) const
{
    if (m_coordinator) {
        // A reload in the middle of a switchover would cut it off.
        const OperationRecord op = m_coordinator->operationView();
        if (op.isRunning())
            return make(codes::kOperationInProgress, {{QStringLiteral("id"), op.id},
                                                      {QStringLiteral("kind"), protocol::operationKindName(op.kind)},
                                                      {QStringLiteral("group"), op.group}});
    }
    *validation = ConfigMethods::validate(text, m_path, m_node, keyProvided);
    if (!validation->value(QStringLiteral("ok")).toBool())
        return make(codes::kConfigInvalid, {{QStringLiteral("errors"), validation->value(QStringLiteral("errors"))},
                                            {QStringLiteral("issues"), validation->value(QStringLiteral("issues"))}});
    const QFileInfo file(m_path);
    const AgentConfig next = ConfigLoader::loadBytes(text, file.absoluteFilePath(), file.absolutePath()).config;
    *deadTimeMs = next.timing.deadTimeMs;
    RpcError error;
    if (!LinkPortCheck::check(next, m_runningConfig, m_node, &error))
        return error;
    if (expected) {
        const QString actual = ConfigFile(m_path).currentChecksum();
        if (actual != *expected)
            return make(codes::kConfigChangedOnDisk, {{QStringLiteral("path"), m_path},
                                                      {QStringLiteral("expected"), *expected},
                                                      {QStringLiteral("actual"), actual}});
    }
    return std::nullopt;
}

RpcMessage ConfigApply::prepare(const RpcMessage& request, const ClientCredentials& client)
{
    const QString tx = txOf(request);
    const QJsonValue textParam = request.params.value(QStringLiteral("text"));
    const QJsonValue expectedParam = request.params.value(QStringLiteral("expected_checksum"));
    const QJsonValue keyParam = request.params.value(QStringLiteral("key"));
    const QJsonValue timeoutParam = request.params.value(QStringLiteral("timeout_ms"));
    const QByteArray text = textParam.toString().toUtf8();
    if (!textParam.isString() || text.size() > ConfigLoader::kMaxFileBytes)
        return RpcMessage::invalidParams(
            request, QStringLiteral("text must be a string of at most %1 bytes").arg(ConfigLoader::kMaxFileBytes));
    if (!(expectedParam.isUndefined() || expectedParam.isNull() || expectedParam.isString()))
        return RpcMessage::invalidParams(request, QStringLiteral("expected_checksum must be a string"));
    const QByteArray key = QByteArray::fromBase64(keyParam.toString().toLatin1());
    if (!keyParam.isUndefined() && key.size() < 32)
        return RpcMessage::invalidParams(request, QStringLiteral("key must be at least 32 bytes, base64-encoded"));
    const int timeoutMs = timeoutParam.isUndefined() ? kDefaultTimeoutMs : timeoutParam.toInt(-1);
    if (timeoutMs < kMinTimeoutMs || timeoutMs > kMaxTimeoutMs)
        return RpcMessage::invalidParams(
            request, QStringLiteral("timeout_ms must be %1 to %2").arg(kMinTimeoutMs).arg(kMaxTimeoutMs));

    const QString checksum = ConfigLoader::checksumOf(text);
    const auto prepared = [&](const QJsonObject& validation) {
        return RpcMessage::resultFor(request.id, QJsonObject{{QStringLiteral("tx"), tx},
                                                             {QStringLiteral("checksum"), checksum},
                                                             {QStringLiteral("staged"), stagedPath()},
                                                             {QStringLiteral("timeout_ms"), m_prepared->timeoutMs},
                                                             {QStringLiteral("validation"), validation}});
    };
    if (m_prepared) {
        // The same request again (a retry after a lost reply) gets the same answer; another waits.
        if (m_prepared->tx == tx && m_prepared->checksum == checksum)
            return prepared(ConfigMethods::validate(text, m_path, m_node, !m_prepared->key.isEmpty()));
        return RpcMessage::errorFor(
            request.id, make(codes::kConfigApplyBusy, {{QStringLiteral("tx"), m_prepared->tx},
                                                       {QStringLiteral("by"), m_prepared->by},
                                                       {QStringLiteral("timeout_ms"), m_prepared->timeoutMs}}));
    }
    const std::optional<QString> expected =
        expectedParam.isString() ? std::optional<QString>(expectedParam.toString()) : std::nullopt;
    QJsonObject validation;
    int deadTimeMs = 0;
    const auto log = AgentLog::get("agent.config");
    if (const std::optional<RpcError> refusal =
            refusePrepare(text, !key.isEmpty(), expected, &validation, &deadTimeMs)) {
        log->warn("config.prepare {} by {} refused: {}", tx.toStdString(), client.actor().toStdString(),
                  refusal->code.toStdString());
        return RpcMessage::errorFor(request.id, *refusal);
    }
    QString stageError;
    const QByteArray staged = QJsonDocument(QJsonObject{{QStringLiteral("tx"), tx},
                                                        {QStringLiteral("by"), client.actor()},
                                                        {QStringLiteral("checksum"), checksum},
                                                        {QStringLiteral("timeout_ms"), timeoutMs}})
                                  .toJson(QJsonDocument::Compact);
    if (!protocol::AtomicFile::write(stagedPath(), text, 0600, &stageError) ||
        !protocol::AtomicFile::write(recordPath(), staged, 0600, &stageError)) {
        dropStaged();
        return RpcMessage::errorFor(request.id,
                                    make(codes::kConfigWriteFailed, {{QStringLiteral("path"), stagedPath()},
                                                                     {QStringLiteral("stage"), "stage"},
                                                                     {QStringLiteral("detail"), stageError}}));
    }
    m_prepared =
        Prepared{tx, text, key, checksum, ConfigFile(m_path).currentChecksum(), client.actor(), timeoutMs, deadTimeMs};
    m_deadline.start(timeoutMs);
    log->info("config.prepare {} by {}: sha256 {} staged in {}, automatic moves frozen for up to {} ms",
              tx.toStdString(), client.actor().toStdString(), checksum.toStdString(), stagedPath().toStdString(),
              timeoutMs);
    record(
        protocol::EventType::ConfigPrepared,
        {{QStringLiteral("tx"), tx}, {QStringLiteral("checksum"), checksum}, {QStringLiteral("timeout_ms"), timeoutMs}},
        client.actor());
    publish();
    return prepared(validation);
}

RpcMessage ConfigApply::commit(const RpcMessage& request, const ClientCredentials& client)
{
    const QString tx = txOf(request);
    if (!m_prepared || m_prepared->tx != tx)
        return RpcMessage::errorFor(request.id, make(codes::kConfigApplyNotPrepared, {{QStringLiteral("tx"), tx}}));
    const Prepared p = *m_prepared;
    const auto log = AgentLog::get("agent.config");
    ConfigFile file(m_path);
    // Someone wrote the file since the prepare: the change no longer starts from what was checked.
    // The same text is fine (two nodes sharing one file, or a retried commit).
    const QString current = file.currentChecksum();
    RpcError error;
    if (current != p.diskChecksum && current != p.checksum)
        error = make(codes::kConfigChangedOnDisk, {{QStringLiteral("path"), m_path},
                                                   {QStringLiteral("expected"), p.diskChecksum},
                                                   {QStringLiteral("actual"), current}});
    ConfigFile::Written written{p.checksum, QString()};
    // The key first: a config naming a key that is not there would not load.
    const bool ok = error.isNull() && (p.key.isEmpty() || ConfigMethods::writeKey(m_path, p.text, p.key, &error)) &&
                    (current == p.checksum || file.write(p.text, std::nullopt, &written, &error));
    if (!ok) {
        // Still prepared: an abort drops it, or the timeout rolls it back.
        log->warn("config.commit {} by {} failed: {}", tx.toStdString(), client.actor().toStdString(),
                  error.code.toStdString());
        return RpcMessage::errorFor(request.id, error);
    }
    dropStaged();
    m_prepared.reset();
    const bool reload = m_running != p.checksum;
    log->info("config.commit {} by {}: {} is sha256 {} (previous version in {}){}", tx.toStdString(),
              client.actor().toStdString(), m_path.toStdString(), p.checksum.toStdString(),
              written.backup.isEmpty() ? std::string("(none)") : written.backup.toStdString(),
              reload ? ", reloading" : ", already running");
    record(protocol::EventType::ConfigCommitted,
           {{QStringLiteral("tx"), tx},
            {QStringLiteral("checksum"), p.checksum},
            {QStringLiteral("backup"), written.backup}},
           client.actor());
    const qint64 bound = std::min<qint64>(p.timeoutMs, std::max<qint64>(kMinPeerBoundMs, 5LL * p.deadTimeMs));
    m_settle = ConfigSettle{tx, protocol::ConfigChangePhase::Committed, p.checksum, p.by, nowMs(), nowMs(), bound};
    m_problem = {};
    publish();
    if (reload && m_reload) // after this reply has been handed to the connection: the reload replaces the engine
        QTimer::singleShot(0, this, [reloadNow = m_reload] { reloadNow(); });
    return RpcMessage::resultFor(request.id, QJsonObject{{QStringLiteral("tx"), tx},
                                                         {QStringLiteral("path"), m_path},
                                                         {QStringLiteral("checksum"), p.checksum},
                                                         {QStringLiteral("backup"), written.backup},
                                                         {QStringLiteral("reloaded"), reload && bool(m_reload)}});
}

RpcMessage ConfigApply::abort(const RpcMessage& request, const ClientCredentials& client)
{
    const QString tx = txOf(request);
    const bool held = m_prepared && m_prepared->tx == tx;
    if (held) {
        // Nothing of it went live anywhere: the engine aborts only before any commit.
        dropStaged();
        m_prepared.reset();
        AgentLog::get("agent.config")
            ->info("config.abort {} by {}: staged text dropped", tx.toStdString(), client.actor().toStdString());
        record(protocol::EventType::ConfigAborted, {{QStringLiteral("tx"), tx}}, client.actor());
        publish();
    }
    return RpcMessage::resultFor(request.id,
                                 QJsonObject{{QStringLiteral("tx"), tx}, {QStringLiteral("aborted"), held}});
}

} // namespace twinha::agent
