#include "agent/config/ConfigMethods.h"

#include "agent/AgentLog.h"
#include "agent/config/ConfigApply.h"
#include "agent/config/ConfigComposer.h"
#include "agent/config/ConfigFile.h"
#include "agent/config/ConfigLoader.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace methods = protocol::methods;
namespace codes = protocol::codes;

ConfigMethods::ConfigMethods(const QString& configPath, const QString& node, const QString& loadedChecksum)
    : m_path(QFileInfo(configPath).absoluteFilePath())
    , m_node(node)
    , m_loadedChecksum(loadedChecksum)
{}

std::optional<RpcMessage> ConfigMethods::handle(const RpcMessage& request, const ClientCredentials& client) const
{
    const QString& m = request.method;
    if (m == QLatin1String(methods::kConfigGet))
        return get(request);
    if (m == QLatin1String(methods::kConfigValidate)) {
        std::optional<RpcMessage> refusal;
        const std::optional<QByteArray> text = textParam(request, &refusal);
        if (!text)
            return refusal;
        const bool keyProvided = request.params.value(QStringLiteral("key_provided")).toBool();
        return RpcMessage::resultFor(request.id, validate(*text, m_path, m_node, keyProvided));
    }
    if (m == QLatin1String(methods::kConfigCompose))
        return compose(request);
    if (m == QLatin1String(methods::kConfigApply))
        return apply(request, client);
    if (m_apply)
        return m_apply->handle(request, client);
    return std::nullopt;
}

QJsonObject ConfigMethods::issueToJson(const ConfigIssue& issue)
{
    // The finding travels as its rule's code and arguments, which the console words in the user's
    // language.
    const protocol::RpcError error = issue.toError();
    return QJsonObject{{QStringLiteral("line"), issue.line},
                       {QStringLiteral("column"), issue.column},
                       {QStringLiteral("field"), issue.field},
                       {QStringLiteral("severity"), protocol::issueSeverityName(issue.severity)},
                       {QStringLiteral("code"), error.code},
                       {QStringLiteral("params"), error.params}};
}

QJsonObject ConfigMethods::validate(const QByteArray& text, const QString& configPath, const QString& node,
                                    bool keyProvided)
{
    const QFileInfo file(configPath);
    ConfigLoader::Result result = ConfigLoader::loadBytes(text, file.absoluteFilePath(), file.absolutePath());
    // A key that config.apply brings along may not be on the node yet: only a missing file is
    // forgiven, a key_file that is not set is still an error.
    if (keyProvided && !result.config.cluster.keyFile.isEmpty() &&
        !QFileInfo::exists(result.config.cluster.keyFilePath))
        result.issues.removeIf([](const ConfigIssue& issue) {
            return issue.field == QLatin1String("cluster.key_file") && !issue.is(protocol::rules::kMissing);
        });
    // The key travels with the request and is written as root: only next to the config, never to
    // a path the request's own text chose (it could name any file on the node).
    if (keyProvided && !result.config.cluster.keyFile.isEmpty() &&
        QFileInfo(result.config.cluster.keyFilePath).absolutePath() != file.absolutePath()) {
        const auto [line, column] = result.positions.value(QStringLiteral("cluster.key_file"), {1, 1});
        result.issues.append(ConfigIssue{file.absoluteFilePath(), line, column, QStringLiteral("cluster.key_file"),
                                         protocol::rule(protocol::rules::kKeyBesideConfig, file.absolutePath()),
                                         ConfigIssue::Severity::Error});
    }
    // A new config says whom its scripts run as; only a file from before run_as may leave it out.
    for (ConfigIssue& issue : result.issues)
        if (!issue.isError() && issue.field.endsWith(QLatin1String(".run_as")) &&
            issue.is(protocol::rules::kRunAsUnset)) {
            issue.severity = ConfigIssue::Severity::Error;
            issue.rule = protocol::rule(protocol::rules::kRunAsRequired);
        }
    // A config without this node would stop the daemon at its reload: catch it here.
    if (result.ok() && !node.isEmpty() && !result.config.hasNode(node))
        result.issues.append(ConfigIssue{file.absoluteFilePath(), 1, 1, QStringLiteral("node"),
                                         protocol::rule(protocol::rules::kThisNodeMissing, node,
                                                        result.config.nodeNames().join(QLatin1String(", "))),
                                         ConfigIssue::Severity::Error});
    QJsonArray issues;
    int errors = 0;
    for (const ConfigIssue& issue : std::as_const(result.issues)) {
        issues.append(issueToJson(issue));
        errors += issue.isError() ? 1 : 0;
    }
    return QJsonObject{{QStringLiteral("ok"), errors == 0},
                       {QStringLiteral("checksum"), ConfigLoader::checksumOf(text)},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("warnings"), int(result.issues.size()) - errors},
                       {QStringLiteral("issues"), issues}};
}

std::optional<QByteArray> ConfigMethods::textParam(const RpcMessage& request, std::optional<RpcMessage>* refusal) const
{
    const QJsonValue text = request.params.value(QStringLiteral("text"));
    if (!text.isString()) {
        *refusal = RpcMessage::invalidParams(request, QStringLiteral("text must be a string"));
        return std::nullopt;
    }
    QByteArray bytes = text.toString().toUtf8();
    if (bytes.size() > ConfigLoader::kMaxFileBytes) {
        *refusal = RpcMessage::invalidParams(
            request, QStringLiteral("text is larger than %1 bytes").arg(ConfigLoader::kMaxFileBytes));
        return std::nullopt;
    }
    return bytes;
}

RpcMessage ConfigMethods::get(const RpcMessage& request) const
{
    ConfigFile file(m_path);
    const bool exists = file.exists();
    RpcError error;
    std::optional<QByteArray> text = exists ? file.read(&error) : QByteArray();
    if (!text)
        return RpcMessage::errorFor(request.id, error);
    // The text as it is now, with the checksum of the text the daemon loaded: they differ after an
    // edit that has not been applied yet. disk_checksum is what config.apply's expected_checksum
    // must match.
    return RpcMessage::resultFor(
        request.id, QJsonObject{{QStringLiteral("path"), m_path},
                                {QStringLiteral("exists"), exists},
                                {QStringLiteral("checksum"), m_loadedChecksum},
                                {QStringLiteral("disk_checksum"), exists ? ConfigLoader::checksumOf(*text) : QString()},
                                {QStringLiteral("text"), QString::fromUtf8(*text)},
                                {QStringLiteral("document"), exists ? documentOf(*text) : QJsonValue()}});
}

QJsonValue ConfigMethods::documentOf(const QByteArray& text)
{
    RpcError ignored; // a file that is not TOML is still shown as text; the wizard starts afresh
    const std::optional<QJsonObject> doc = ConfigComposer::document(text, &ignored);
    return doc ? QJsonValue(*doc) : QJsonValue();
}

RpcMessage ConfigMethods::compose(const RpcMessage& request) const
{
    const QJsonValue settings = request.params.value(QStringLiteral("settings"));
    const QJsonValue base = request.params.value(QStringLiteral("base"));
    if (!settings.isObject())
        return RpcMessage::invalidParams(request, QStringLiteral("settings must be an object"));
    if (!(base.isUndefined() || base.isNull() || base.isString()))
        return RpcMessage::invalidParams(request, QStringLiteral("base must be a string"));
    RpcError error;
    bool kept = false;
    const std::optional<QByteArray> text =
        ConfigComposer::compose(base.toString().toUtf8(), settings.toObject(), &error, &kept);
    if (!text)
        return RpcMessage::errorFor(request.id, error);
    const bool keyProvided = request.params.value(QStringLiteral("key_provided")).toBool();
    return RpcMessage::resultFor(
        request.id, QJsonObject{{QStringLiteral("text"), QString::fromUtf8(*text)},
                                // false: an edit that rewrote the whole file, without its comments
                                {QStringLiteral("kept_as_written"), kept},
                                {QStringLiteral("validation"), validate(*text, m_path, m_node, keyProvided)}});
}

bool ConfigMethods::writeKey(const QString& configPath, const QByteArray& text, const QByteArray& key, RpcError* error)
{
    const QFileInfo file(configPath);
    const ConfigLoader::Result parsed = ConfigLoader::loadBytes(text, file.absoluteFilePath(), file.absolutePath());
    const QString path = parsed.config.cluster.keyFilePath;
    const auto failed = [&](const char* stage, const QString& detail) {
        *error = RpcError::make(QString::fromLatin1(codes::kConfigWriteFailed),
                                {{QStringLiteral("path"), path},
                                 {QStringLiteral("stage"), QLatin1String(stage)},
                                 {QStringLiteral("detail"), detail}});
        return false;
    };
    if (path.isEmpty())
        return failed("key", QStringLiteral("cluster.key_file is not set"));
    QFile current(path);
    if (current.open(QIODevice::ReadOnly) && current.readAll() == key)
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Mode 0600 from its first byte (AtomicFile creates the temporary file so), never chmod-ed later.
    protocol::AtomicFile out(path);
    if (!out.prepare(key, 0600) || !out.commit())
        return failed(out.failedStage(), out.errorString());
    return true;
}

RpcMessage ConfigMethods::apply(const RpcMessage& request, const ClientCredentials& client) const
{
    std::optional<RpcMessage> refusal;
    const std::optional<QByteArray> text = textParam(request, &refusal);
    if (!text)
        return *refusal;
    const QJsonValue expected = request.params.value(QStringLiteral("expected_checksum"));
    if (!(expected.isUndefined() || expected.isNull() || expected.isString()))
        return RpcMessage::invalidParams(request, QStringLiteral("expected_checksum must be a string"));

    const QJsonValue keyParam = request.params.value(QStringLiteral("key"));
    const QByteArray key = QByteArray::fromBase64(keyParam.toString().toLatin1());
    if (!keyParam.isUndefined() && key.size() < 32)
        return RpcMessage::invalidParams(request, QStringLiteral("key must be at least 32 bytes, base64-encoded"));

    // A two-phase change holds the file: writing under it would undo what its commit relies on.
    if (m_apply && m_apply->isPrepared()) {
        const QJsonObject pending = m_apply->stateJson();
        return RpcMessage::errorFor(
            request.id, RpcError::make(QString::fromLatin1(codes::kConfigApplyBusy),
                                       {{QStringLiteral("tx"), pending.value(QStringLiteral("tx"))},
                                        {QStringLiteral("by"), pending.value(QStringLiteral("by"))},
                                        {QStringLiteral("timeout_ms"), pending.value(QStringLiteral("timeout_ms"))}}));
    }
    const QJsonObject validation = validate(*text, m_path, m_node, !key.isEmpty());
    if (!validation.value(QStringLiteral("ok")).toBool())
        return RpcMessage::errorFor(
            request.id, RpcError::make(QString::fromLatin1(codes::kConfigInvalid),
                                       {{QStringLiteral("errors"), validation.value(QStringLiteral("errors"))},
                                        {QStringLiteral("issues"), validation.value(QStringLiteral("issues"))}}));
    const auto log = AgentLog::get("agent.config");
    ConfigFile file(m_path);
    const QString checksum = ConfigLoader::checksumOf(*text);
    const std::optional<QString> expectedChecksum =
        expected.isString() ? std::optional<QString>(expected.toString()) : std::nullopt;
    // Applying what already runs and is on disk changes nothing: no write, no reload.
    if (checksum == m_loadedChecksum && file.currentChecksum() == checksum)
        return RpcMessage::resultFor(request.id, QJsonObject{{QStringLiteral("path"), m_path},
                                                             {QStringLiteral("checksum"), checksum},
                                                             {QStringLiteral("backup"), QString()},
                                                             {QStringLiteral("reloaded"), false}});
    ConfigFile::Written written;
    RpcError error;
    // The key first: a config naming a key that is not there would not load.
    if (!key.isEmpty() && !writeKey(m_path, *text, key, &error)) {
        log->warn("config.apply by {}: cannot write the cluster key: {}", client.actor().toStdString(),
                  error.params.value(QStringLiteral("detail")).toString().toStdString());
        return RpcMessage::errorFor(request.id, error);
    }
    if (!file.write(*text, expectedChecksum, &written, &error)) {
        log->warn("config.apply by {} refused: {} ({})", client.actor().toStdString(), error.code.toStdString(),
                  error.params.value(QStringLiteral("detail")).toString().toStdString());
        return RpcMessage::errorFor(request.id, error);
    }
    log->info("config.apply by {}: wrote {} (sha256 {}), previous version in {}", client.actor().toStdString(),
              m_path.toStdString(), checksum.toStdString(),
              written.backup.isEmpty() ? std::string("(none)") : written.backup.toStdString());
    const bool reloading = bool(m_reload);
    if (reloading) {
        // After this reply has been handed to the connection: the reload replaces this object.
        QTimer::singleShot(0, [reload = m_reload, checksum] { reload(checksum); });
    }
    return RpcMessage::resultFor(request.id, QJsonObject{{QStringLiteral("path"), m_path},
                                                         {QStringLiteral("checksum"), written.checksum},
                                                         {QStringLiteral("backup"), written.backup},
                                                         {QStringLiteral("reloaded"), reloading}});
}

} // namespace twinha::agent
