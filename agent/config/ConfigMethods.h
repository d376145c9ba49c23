#pragma once

#include "agent/config/ConfigIssue.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QJsonArray>

#include <functional>
#include <optional>

namespace twinha::agent {

class ConfigApply;
struct ClientCredentials;

// The config methods the setup wizard uses; they work on a blank node (no config yet) too:
//   config.get                              -> {path, exists, checksum, disk_checksum, text}
//   config.get                              -> also {document}: the text as JSON, null if not TOML
//   config.validate {text, key_provided?}   -> {ok, checksum, errors, warnings, issues: [...]}
//   config.compose {settings, base?, key_provided?}
//                                           -> {text, validation} (ConfigComposer; writes nothing)
//   config.apply {text, expected_checksum?, key?}
//                                           -> {path, checksum, backup, reloaded}
//   config.prepare, config.commit, config.abort: the change both nodes take together (ConfigApply)
// `key` (base64, 32+ bytes) is the new cluster key, written with mode 0600 to the text's key_file
// before the config; `key_provided` validates as if it were already there.
// Validation is check-config's (ConfigLoader), plus "this node is in the config". After a write
// the reload callback runs once the reply is on its way (see DaemonCommand for what it does).
// Permissions are checked before a request gets here (ControlMethods).
class ConfigMethods
{
public:
    using Reload = std::function<void(const QString& checksum)>;

    // `loadedChecksum` is the checksum of the config the daemon runs; empty on a blank node.
    ConfigMethods(const QString& configPath, const QString& node, const QString& loadedChecksum);

    void setReload(Reload reload) { m_reload = std::move(reload); }

    // Nullopt for a method this class does not know.
    std::optional<protocol::RpcMessage> handle(const protocol::RpcMessage& request,
                                               const ClientCredentials& client) const;

    // {line, column, field, severity, code, params} per issue; the code is CONFIG_SYNTAX,
    // CONFIG_FIELD_MISSING or CONFIG_FIELD_INVALID.
    static QJsonObject issueToJson(const ConfigIssue& issue);
    // The validate result for `text`, as if it were the file at configPath on `node`.
    static QJsonObject validate(const QByteArray& text, const QString& configPath, const QString& node,
                                bool keyProvided = false);
    // Writes `key` (0600) to the key_file that `text` names, unless it holds it already; false with
    // CONFIG_WRITE_FAILED {path, stage, detail}.
    static bool writeKey(const QString& configPath, const QByteArray& text, const QByteArray& key,
                         protocol::RpcError* error);
    // The two-phase change (config.prepare, config.commit, config.abort); while one is prepared,
    // config.apply is refused with CONFIG_APPLY_BUSY.
    void setApply(ConfigApply* apply) { m_apply = apply; }

private:
    protocol::RpcMessage get(const protocol::RpcMessage& request) const;
    protocol::RpcMessage compose(const protocol::RpcMessage& request) const;
    static QJsonValue documentOf(const QByteArray& text);
    protocol::RpcMessage apply(const protocol::RpcMessage& request, const ClientCredentials& client) const;
    // The text parameter, or an INVALID_PARAMS reply in *refusal.
    std::optional<QByteArray> textParam(const protocol::RpcMessage& request,
                                        std::optional<protocol::RpcMessage>* refusal) const;

    QString m_path;
    QString m_node;
    QString m_loadedChecksum;
    Reload m_reload;
    ConfigApply* m_apply = nullptr;
};

} // namespace twinha::agent
