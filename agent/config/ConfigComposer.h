#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace twinha::agent {

// The config text the setup wizard asks for, built on top of the file that is there already, so
// that whatever the wizard does not model survives an edit. The wizard sends its settings shaped
// like the file itself, as JSON (`{"cluster": {...}, "link": [{...}], "group": [{..., "resource":
// [...]}], ...}`), and:
//   - a table it sends ([cluster], [timing], [failover]) replaces the keys the wizard models and
//     keeps the others (monitor_interval_ms, say);
//   - an array of tables it sends ([[node]], [[link]], [[group]], [[group.resource]], [[notify]],
//     [[replication]]) becomes exactly its elements, each merged over the element of the same name
//     in the old text, so a resource keeps its hand-set timeout_ms or dad;
//   - a table or array it does not send ([control], anything newer) stays as it was.
// The result is the old text with only what changed (TomlPatch): every comment, blank line and
// key order elsewhere stays. Where a change cannot be placed so, the file is written anew, without
// its comments, and keptAsWritten says so; config.apply keeps the old file as a backup.
class ConfigComposer
{
public:
    // Null with CONFIG_SYNTAX {line, column, detail} when `base` is not TOML, or INVALID_PARAMS
    // {detail} when `settings` holds something TOML cannot say (null, mixed arrays).
    static std::optional<QByteArray> compose(const QByteArray& base, const QJsonObject& settings,
                                             protocol::RpcError* error, bool* keptAsWritten = nullptr);
    // The text as JSON, tables as objects and arrays as arrays: what the wizard pre-fills from.
    static std::optional<QJsonObject> document(const QByteArray& text, protocol::RpcError* error);
};

} // namespace twinha::agent
