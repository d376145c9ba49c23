#pragma once

#include "agent/config/ConfigReport.h"
#include "agent/config/Spelling.h"

#include <QString>
#include <QStringBuilder>

#include <toml++/toml.h>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <string_view>

// Include only from the agent's .cpp files: toml++ is a private dependency of the agent library.
namespace twinha::agent {

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline QString indexed(const QString& field, qsizetype i)
{
    return field % QLatin1Char('[') % QString::number(i) % QLatin1Char(']');
}

// Typed access to the tables of cluster.toml for ConfigLoader and the sections read beside their
// areas: records each value's position and reports type errors and unknown keys.
class TomlReader
{
public:
    explicit TomlReader(ConfigReport& report)
        : m_report(report)
    {}

    void mark(const QString& field, const toml::node& node)
    {
        const toml::source_position p = node.source().begin;
        if (p.line > 0)
            m_report.setPosition(field, int(p.line), int(p.column));
    }

    const toml::node* get(const toml::table& t, const char* key, const QString& field, bool required)
    {
        const toml::node* n = t.get(key);
        if (!n && required)
            m_report.error(field, protocol::rule(protocol::rules::kMissing));
        if (n)
            mark(field, *n);
        return n;
    }

    // Strings are not required here: ConfigValidator reports a missing one along with an empty one.
    void string(const toml::table& t, const char* key, const QString& field, QString& out)
    {
        if (const toml::node* n = get(t, key, field, false)) {
            if (const auto* v = n->as_string())
                out = qs(v->get());
            else
                m_report.error(field, protocol::rule(protocol::rules::kExpectedString));
        }
    }

    void integer(const toml::table& t, const char* key, const QString& field, int& out)
    {
        if (const toml::node* n = get(t, key, field, false)) {
            const auto* v = n->as_integer();
            if (!v)
                m_report.error(field, protocol::rule(protocol::rules::kExpectedInteger));
            else if (v->get() < std::numeric_limits<int>::min() || v->get() > std::numeric_limits<int>::max())
                m_report.error(field, protocol::rule(protocol::rules::kOutOfRange, qint64(v->get()),
                                                     std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
            else
                out = int(v->get());
        }
    }

    void integer64(const toml::table& t, const char* key, const QString& field, qint64& out)
    {
        if (const toml::node* n = get(t, key, field, false)) {
            if (const auto* v = n->as_integer())
                out = qint64(v->get());
            else
                m_report.error(field, protocol::rule(protocol::rules::kExpectedInteger));
        }
    }

    void number(const toml::table& t, const char* key, const QString& field, double& out)
    {
        if (const toml::node* n = get(t, key, field, false)) {
            if (const auto v = n->value<double>())
                out = *v;
            else
                m_report.error(field, protocol::rule(protocol::rules::kExpectedNumber));
        }
    }

    void boolean(const toml::table& t, const char* key, const QString& field, bool& out)
    {
        if (const toml::node* n = get(t, key, field, false)) {
            if (const auto* v = n->as_boolean())
                out = v->get();
            else
                m_report.error(field, protocol::rule(protocol::rules::kExpectedBoolean));
        }
    }

    // An array of strings; each element's position is recorded as field[i].
    void strings(const toml::table& t, const char* key, const QString& field, QStringList& out)
    {
        const toml::node* n = get(t, key, field, false);
        if (!n)
            return;
        const toml::array* a = n->as_array();
        if (!a) {
            m_report.error(field, protocol::rule(protocol::rules::kExpectedStrings));
            return;
        }
        for (qsizetype i = 0; i < qsizetype(a->size()); ++i) {
            const QString f = indexed(field, i);
            mark(f, *a->get(size_t(i)));
            if (const auto* s = a->get(size_t(i))->as_string())
                out << qs(s->get());
            else
                m_report.error(f, protocol::rule(protocol::rules::kExpectedString));
        }
    }

    const toml::table* table(const toml::table& t, const char* key, const QString& field, bool required)
    {
        const toml::node* n = get(t, key, field, required);
        if (n && !n->is_table())
            m_report.error(field, protocol::rule(protocol::rules::kExpectedTable));
        return n ? n->as_table() : nullptr;
    }

    // The tables of a [[key]] array; anything else in the array is reported and skipped.
    QList<const toml::table*> tables(const toml::table& t, const char* key, const QString& field)
    {
        QList<const toml::table*> out;
        const toml::node* n = get(t, key, field, false);
        if (!n)
            return out;
        const toml::array* a = n->as_array();
        if (!a) {
            m_report.error(field, protocol::rule(protocol::rules::kExpectedTables, QLatin1String(key)));
            return out;
        }
        for (const toml::node& e : *a) {
            const QString f = indexed(field, out.size());
            mark(f, e);
            if (const toml::table* et = e.as_table())
                out << et;
            else
                m_report.error(f, protocol::rule(protocol::rules::kExpectedTable));
        }
        return out;
    }

    // An unknown key is an error: a misspelt [failover] would silently leave the cluster manual.
    // The message names the key it most likely meant, or the keys that belong there.
    void checkKeys(const toml::table& t, const QString& field, std::initializer_list<const char*> known)
    {
        QStringList names;
        for (const char* k : known)
            names << QString::fromLatin1(k);
        for (auto&& [key, node] : t) {
            const QString name = qs(key.str());
            if (names.contains(name))
                continue;
            const QString f = field.isEmpty() ? name : field % QLatin1Char('.') % name;
            mark(f, node);
            const QString meant = closestSpelling(name, names);
            m_report.error(f, meant.isEmpty()
                                  ? protocol::rule(protocol::rules::kUnknownKey, names.join(QLatin1String(", ")))
                                  : protocol::rule(protocol::rules::kUnknownKeyMeant, meant));
        }
    }

    ConfigReport& report() { return m_report; }

private:
    ConfigReport& m_report;
};

} // namespace twinha::agent
