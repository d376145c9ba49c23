#include "agent/config/ConfigComposer.h"

#include "agent/config/TomlPatch.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <toml++/toml.h>

#include <cmath>
#include <sstream>

namespace twinha::agent {

namespace codes = protocol::codes;
using protocol::RpcError;

namespace {

// The keys the wizard models, per kind of table. A table it sends loses these before the sent
// keys go in, so that switching `path` to `paths` (say) leaves no stale key behind.
const QHash<QString, QSet<QString>>& modelledKeys()
{
    static const QHash<QString, QSet<QString>> keys{
        {QStringLiteral("cluster"), {QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("key_file")}},
        {QStringLiteral("timing"), {QStringLiteral("interval_ms"), QStringLiteral("dead_time_ms")}},
        {QStringLiteral("failover"), {QStringLiteral("automatic"), QStringLiteral("tiebreakers")}},
        // etcd is not modelled: the wizard leaves an etcd witness written by hand alone.
        {QStringLiteral("witness"), {QStringLiteral("address"), QStringLiteral("ttl_ms")}},
        {QStringLiteral("node"), {QStringLiteral("name")}},
        // The wizard sends each [[notify]] whole; one way each, so a changed way leaves no other.
        {QStringLiteral("notify"), {QStringLiteral("email"), QStringLiteral("webhook"), QStringLiteral("script")}},
        {QStringLiteral("link"), {QStringLiteral("name"), QStringLiteral("endpoints")}},
        {QStringLiteral("group"), {QStringLiteral("name"), QStringLiteral("preferred"), QStringLiteral("resource")}},
        {QStringLiteral("resource"),
         {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("interface"),
          QStringLiteral("unit"), QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("status"),
          QStringLiteral("run_as"), QStringLiteral("data_dir"), QStringLiteral("config_dir"),
          QStringLiteral("socket_dir"), QStringLiteral("endpoints"), QStringLiteral("replication_user")}},
        {QStringLiteral("replication"),
         {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("group"), QStringLiteral("path"),
          QStringLiteral("paths"), QStringLiteral("endpoints"), QStringLiteral("max_lag_s"), QStringLiteral("command"),
          QStringLiteral("transport"), QStringLiteral("max_lag_bytes")}},
    };
    return keys;
}

std::string key(const QString& s)
{
    return s.toStdString();
}

class Merger
{
public:
    QString error;

    // `kind` names the table ("cluster", "resource") for modelledKeys(); its sent sub-tables and
    // arrays of tables are merged the same way, one level down.
    void mergeTable(toml::table& into, const QJsonObject& sent, const QString& kind)
    {
        // Nested arrays of tables ([[group.resource]]) merge with what was there before the erase.
        toml::table before = into;
        for (const QString& k : modelledKeys().value(kind))
            into.erase(key(k));
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            const std::string k = key(it.key());
            if (it.value().isArray() && isArrayOfTables(it.value().toArray())) {
                toml::array old;
                if (const toml::array* a = before[k].as_array())
                    old = *a;
                into.insert_or_assign(k, mergeArray(old, it.value().toArray(), it.key()));
            } else if (std::optional<toml::table> nested = tableFor(it.value(), before, k, it.key())) {
                into.insert_or_assign(k, *nested);
            } else if (auto value = toValue(it.value(), it.key())) {
                insertValue(into, k, *value);
            }
        }
    }

    // The sent elements, each over the old element of the same name.
    toml::array mergeArray(const toml::array& old, const QJsonArray& sent, const QString& kind)
    {
        toml::array out;
        for (const QJsonValue& v : sent) {
            const QJsonObject element = v.toObject();
            toml::table merged;
            const std::string name = key(element.value(QStringLiteral("name")).toString());
            for (const toml::node& n : old) {
                const toml::table* t = n.as_table();
                if (t && !name.empty() && t->get_as<std::string>("name") &&
                    t->get_as<std::string>("name")->get() == name) {
                    merged = *t;
                    break;
                }
            }
            mergeTable(merged, element, kind);
            out.push_back(std::move(merged));
        }
        return out;
    }

    // A table the wizard sends as a whole value (endpoints, paths) is written inline; the
    // top-level ones ([cluster], [timing], [failover]) are merged.
    std::optional<toml::table> tableFor(const QJsonValue& v, toml::table& into, const std::string& k,
                                        const QString& kind)
    {
        if (!v.isObject())
            return std::nullopt;
        if (modelledKeys().contains(kind)) {
            toml::table t;
            if (const toml::table* old = into[k].as_table())
                t = *old;
            mergeTable(t, v.toObject(), kind);
            return t;
        }
        toml::table t;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (auto value = toValue(it.value(), it.key()))
                insertValue(t, key(it.key()), *value);
        t.is_inline(true);
        return t;
    }

    std::optional<toml::array> toArray(const QJsonArray& a, const QString& field)
    {
        toml::array out;
        for (const QJsonValue& v : a) {
            auto value = toValue(v, field);
            if (!value)
                return std::nullopt;
            std::visit([&out](auto&& x) { out.push_back(x); }, *value);
        }
        return out;
    }

    using Value = std::variant<std::string, int64_t, double, bool, toml::array, toml::table>;

    std::optional<Value> toValue(const QJsonValue& v, const QString& field)
    {
        switch (v.type()) {
        case QJsonValue::String:
            return Value(key(v.toString()));
        case QJsonValue::Bool:
            return Value(v.toBool());
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (std::floor(d) == d && std::fabs(d) < 9.0e15)
                return Value(int64_t(d));
            return Value(d);
        }
        case QJsonValue::Array:
            if (auto a = toArray(v.toArray(), field))
                return Value(*a);
            return std::nullopt;
        case QJsonValue::Object: {
            toml::table dummy;
            if (auto t = tableFor(v, dummy, {}, field))
                return Value(*t);
            return std::nullopt;
        }
        default:
            error = QStringLiteral("%1: a value TOML cannot hold").arg(field);
            return std::nullopt;
        }
    }

    static void insertValue(toml::table& t, const std::string& k, const Value& v)
    {
        std::visit([&](auto&& x) { t.insert_or_assign(k, x); }, v);
    }

    static bool isArrayOfTables(const QJsonArray& a)
    {
        if (a.isEmpty())
            return false;
        for (const QJsonValue& v : a)
            if (!v.isObject())
                return false;
        return true;
    }
};

RpcError syntaxError(const toml::parse_error& e)
{
    return RpcError::make(
        QString::fromLatin1(codes::kConfigSyntax),
        {{QStringLiteral("line"), qint64(e.source().begin.line)},
         {QStringLiteral("column"), qint64(e.source().begin.column)},
         {QStringLiteral("detail"), QString::fromUtf8(e.description().data(), qsizetype(e.description().size()))}});
}

std::optional<toml::table> parse(const QByteArray& text, RpcError* error)
{
    try {
        return toml::parse(std::string_view(text.constData(), size_t(text.size())));
    } catch (const toml::parse_error& e) {
        *error = syntaxError(e);
        return std::nullopt;
    }
}

} // namespace

std::optional<QByteArray> ConfigComposer::compose(const QByteArray& base, const QJsonObject& settings, RpcError* error,
                                                  bool* keptAsWritten)
{
    std::optional<toml::table> doc = parse(base, error);
    if (!doc)
        return std::nullopt;
    Merger merger;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const std::string k = key(it.key());
        if (it.value().isArray()) {
            // An empty array of tables (no replication, say) removes the old ones.
            toml::array old;
            if (const toml::array* a = (*doc)[k].as_array())
                old = *a;
            if (it.value().toArray().isEmpty())
                doc->erase(k);
            else if (Merger::isArrayOfTables(it.value().toArray()))
                doc->insert_or_assign(k, merger.mergeArray(old, it.value().toArray(), it.key()));
            else if (auto value = merger.toValue(it.value(), it.key()))
                Merger::insertValue(*doc, k, *value);
        } else if (auto nested = merger.tableFor(it.value(), *doc, k, it.key())) {
            doc->insert_or_assign(k, *nested);
        } else if (auto value = merger.toValue(it.value(), it.key())) {
            Merger::insertValue(*doc, k, *value);
        }
        if (!merger.error.isEmpty()) {
            *error =
                RpcError::make(QString::fromLatin1(codes::kInvalidParams), {{QStringLiteral("detail"), merger.error}});
            return std::nullopt;
        }
    }
    if (!base.trimmed().isEmpty()) {
        // The old text with only what changed: its comments and layout stay. `doc` holds copies,
        // which lose where each value stood, so the original is read again for that.
        RpcError ignored;
        const std::optional<toml::table> original = parse(base, &ignored);
        const std::string_view text(base.constData(), size_t(base.size()));
        if (std::optional<std::string> patched = original ? TomlPatch::apply(text, *original, *doc) : std::nullopt) {
            if (keptAsWritten)
                *keptAsWritten = true;
            return QByteArray::fromStdString(*patched);
        }
    }
    if (keptAsWritten)
        *keptAsWritten = false;
    const std::string text = "# TwinHA cluster configuration, written by the setup wizard. The same file goes on both\n"
                             "# nodes; `twinha-agent check-config FILE` checks it. See cluster.toml.example for every "
                             "field.\n\n" +
                             TomlPatch::format(*doc) + '\n';
    return QByteArray::fromStdString(text);
}

std::optional<QJsonObject> ConfigComposer::document(const QByteArray& text, RpcError* error)
{
    std::optional<toml::table> doc = parse(text, error);
    if (!doc)
        return std::nullopt;
    std::ostringstream out;
    out << toml::json_formatter{*doc};
    return QJsonDocument::fromJson(QByteArray::fromStdString(out.str())).object();
}

} // namespace twinha::agent
