#include "agent/config/TomlPatch.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace twinha::agent {

namespace {

bool isArrayOfTables(const toml::node& n)
{
    const toml::array* a = n.as_array();
    if (!a || a->empty())
        return false;
    return std::all_of(a->begin(), a->end(), [](const toml::node& e) {
        const toml::table* t = e.as_table();
        return t && !t->is_inline();
    });
}

bool isBlock(const toml::node& n) // written under a header of its own
{
    const toml::table* t = n.as_table();
    return (t && !t->is_inline()) || isArrayOfTables(n);
}

std::string bareOrQuoted(std::string_view key)
{
    const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    return bare ? std::string(key) : TomlPatch::format(toml::value<std::string>(std::string(key)));
}

std::string headerPath(const std::vector<std::string>& path)
{
    std::string out;
    for (const std::string& k : path)
        out += (out.empty() ? "" : ".") + bareOrQuoted(k);
    return out;
}

// The last line a node's text reaches: a table's covers its values and sub-tables.
size_t lastLine(const toml::node& n)
{
    size_t last = std::max<size_t>(n.source().begin.line, n.source().end.line);
    if (const toml::table* t = n.as_table())
        for (auto&& [k, v] : *t)
            last = std::max(last, lastLine(v));
    else if (const toml::array* a = n.as_array())
        for (const toml::node& e : *a)
            last = std::max(last, lastLine(e));
    return last;
}

// A new [table] or [[table]] element, "type" and "name" first, then values, then sub-tables.
std::string formatBlock(const std::vector<std::string>& path, const toml::table& t, bool element)
{
    std::string out = element ? "[[" + headerPath(path) + "]]\n" : "[" + headerPath(path) + "]\n";
    std::vector<std::string> keys;
    for (auto&& [k, v] : t)
        if (!isBlock(v))
            keys.emplace_back(k.str());
    std::stable_partition(keys.begin(), keys.end(), [](const std::string& k) { return k == "type" || k == "name"; });
    std::stable_partition(keys.begin(), keys.end(), [](const std::string& k) { return k == "type"; });
    for (const std::string& k : keys)
        out += bareOrQuoted(k) + " = " + TomlPatch::format(*t.get(k)) + "\n";
    for (auto&& [k, v] : t) {
        std::vector<std::string> sub = path;
        sub.emplace_back(k.str());
        if (const toml::table* st = v.as_table(); st && !st->is_inline())
            out += "\n" + formatBlock(sub, *st, false);
        else if (isArrayOfTables(v))
            for (const toml::node& e : *v.as_array())
                out += "\n" + formatBlock(sub, *e.as_table(), true);
    }
    return out;
}

class Patcher
{
public:
    explicit Patcher(std::string_view text)
        : m_text(text)
    {
        m_lineStart = {0, 0}; // lines count from 1
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                m_lineStart.push_back(i + 1);
        if (m_lineStart.back() != text.size())
            m_lineStart.push_back(text.size());
    }

    bool failed = false;

    void table(const toml::table& o, const toml::table& n, const std::vector<std::string>& path)
    {
        const bool root = path.empty();
        for (auto&& [k, nv] : n) {
            std::vector<std::string> sub = path;
            sub.emplace_back(k.str());
            const toml::node* ov = o.get(k.str());
            if (!ov) {
                added(o, std::string(k.str()), nv, sub, root);
                continue;
            }
            const toml::table* ot = ov->as_table();
            const toml::table* nt = nv.as_table();
            if (ot && nt && !ot->is_inline() && !nt->is_inline()) {
                table(*ot, *nt, sub);
            } else if (isArrayOfTables(*ov) && isArrayOfTables(nv)) {
                array(*ov->as_array(), *nv.as_array(), sub);
            } else if (isBlock(*ov) || isBlock(nv)) {
                failed = true; // a [table] that became a value, or the other way
            } else if (TomlPatch::format(*ov) != TomlPatch::format(nv)) {
                replace(*ov, TomlPatch::format(nv));
            }
        }
        for (auto&& [k, ov] : o)
            if (!n.get(k.str()))
                removed(k, ov);
    }

    std::optional<std::string> result() const
    {
        if (failed)
            return std::nullopt;
        std::vector<Edit> edits = m_edits;
        std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
        std::string out;
        size_t at = 0;
        for (const Edit& e : edits) {
            if (e.begin < at)
                return std::nullopt; // two changes on the same text
            out.append(m_text.substr(at, e.begin - at));
            out += e.text;
            at = e.end;
        }
        out.append(m_text.substr(at));
        return out;
    }

private:
    struct Edit
    {
        size_t begin;
        size_t end;
        std::string text;
    };

    size_t lines() const { return m_lineStart.size() - 2; }
    std::string_view line(size_t l) const
    {
        return l >= 1 && l <= lines() ? m_text.substr(m_lineStart[l], m_lineStart[l + 1] - m_lineStart[l])
                                      : std::string_view();
    }
    bool blank(size_t l) const { return line(l).find_first_not_of(" \t\r\n") == std::string_view::npos; }

    // Columns count code points; the offset is in bytes.
    size_t offset(const toml::source_position& p) const
    {
        size_t at = m_lineStart[std::min<size_t>(p.line, lines() + 1)];
        for (size_t c = 1; c < p.column && at < m_text.size(); ++c) {
            ++at;
            while (at < m_text.size() && (static_cast<unsigned char>(m_text[at]) & 0xC0) == 0x80)
                ++at;
        }
        return at;
    }

    void insertAfter(size_t line, std::string text)
    {
        const size_t at = m_lineStart[std::min(line + 1, lines() + 1)];
        if (at == m_text.size() && !m_text.empty() && m_text.back() != '\n')
            text.insert(0, "\n");
        m_edits.push_back({at, at, std::move(text)});
    }

    void deleteLines(size_t first, size_t last)
    {
        if (blank(first - 1) && blank(last + 1) && last + 1 <= lines())
            ++last; // no double blank line where the lines were
        m_edits.push_back({m_lineStart[first], m_lineStart[std::min(last + 1, lines() + 1)], {}});
    }

    void replace(const toml::node& old, std::string text)
    {
        const toml::source_region& s = old.source();
        if (!s.begin || !s.end) {
            failed = true;
            return;
        }
        m_edits.push_back({offset(s.begin), offset(s.end), std::move(text)});
    }

    // The last line of the table's own key = value lines: where a new key goes.
    size_t lastValueLine(const toml::table& t) const
    {
        size_t last = t.source().begin.line;
        for (auto&& [k, v] : t)
            if (!isBlock(v))
                last = std::max(last, lastLine(v));
        return last;
    }

    void added(const toml::table& o, const std::string& key, const toml::node& nv, const std::vector<std::string>& path,
               bool root)
    {
        if (!isBlock(nv)) {
            if (root) {
                failed = true; // a top-level key would have to go before every header
                return;
            }
            insertAfter(lastValueLine(o), bareOrQuoted(key) + " = " + TomlPatch::format(nv) + "\n");
            return;
        }
        // A [table] at the end; [[table]] elements at the end, or at the end of the element they
        // belong to ([[group.resource]] of a group that had none).
        std::string text;
        if (const toml::table* t = nv.as_table())
            text = "\n" + formatBlock(path, *t, false);
        else
            for (const toml::node& e : *nv.as_array())
                text += "\n" + formatBlock(path, *e.as_table(), true);
        if (root)
            insertAfter(lines(), std::move(text));
        else if (nv.is_array())
            insertAfter(lastLine(o), std::move(text));
        else
            failed = true; // a nested [a.b] among other tables: left to a rewrite
    }

    void removed(const toml::key& key, const toml::node& ov)
    {
        if (isArrayOfTables(ov)) {
            for (const toml::node& e : *ov.as_array())
                removeBlock(e);
        } else if (isBlock(ov)) {
            removeBlock(ov);
        } else {
            // key = value, alone on its lines apart from spaces and a comment after it.
            const size_t first = key.source().begin.line;
            const size_t last = ov.source().end.line;
            const std::string_view before = line(first).substr(0, offset(key.source().begin) - m_lineStart[first]);
            const std::string_view after = line(last).substr(offset(ov.source().end) - m_lineStart[last]);
            const size_t rest = after.find_first_not_of(" \t\r\n");
            if (!key.source().begin || before.find_first_not_of(" \t") != std::string_view::npos ||
                (rest != std::string_view::npos && after[rest] != '#')) {
                failed = true;
                return;
            }
            m_edits.push_back({m_lineStart[first], m_lineStart[last + 1], {}});
        }
    }

    void removeBlock(const toml::node& n)
    {
        const size_t first = n.source().begin.line;
        if (first == 0) {
            failed = true;
            return;
        }
        deleteLines(first, lastLine(n));
    }

    void array(const toml::array& oa, const toml::array& na, const std::vector<std::string>& path)
    {
        const auto nameOf = [](const toml::node& t) { return t.as_table()->get_as<std::string>("name"); };
        std::vector<bool> used(oa.size(), false);
        const size_t end = lastLine(oa);
        std::string appended;
        for (size_t j = 0; j < na.size(); ++j) {
            const toml::value<std::string>* name = nameOf(na[j]);
            std::optional<size_t> match;
            for (size_t i = 0; i < oa.size() && !match; ++i)
                if (!used[i] &&
                    (name ? nameOf(oa[i]) && nameOf(oa[i])->get() == name->get() : i == j && !nameOf(oa[i])))
                    match = i;
            if (match) {
                used[*match] = true;
                table(*oa[*match].as_table(), *na[j].as_table(), path);
            } else {
                appended += "\n" + formatBlock(path, *na[j].as_table(), true);
            }
        }
        if (!appended.empty())
            insertAfter(end, std::move(appended));
        for (size_t i = 0; i < oa.size(); ++i)
            if (!used[i])
                removeBlock(oa[i]);
    }

    std::string_view m_text;
    std::vector<size_t> m_lineStart;
    std::vector<Edit> m_edits;
};

} // namespace

std::string TomlPatch::format(const toml::node& node)
{
    constexpr auto flags = toml::toml_formatter::default_flags & ~toml::format_flags::indentation &
                           ~toml::format_flags::allow_literal_strings;
    std::ostringstream out;
    node.visit([&](const auto& n) { out << toml::toml_formatter{n, flags}; });
    return out.str();
}

std::optional<std::string> TomlPatch::apply(std::string_view text, const toml::table& original,
                                            const toml::table& updated)
{
    Patcher patcher(text);
    patcher.table(original, updated, {});
    std::optional<std::string> out = patcher.result();
    if (!out)
        return std::nullopt;
    try {
        if (format(toml::parse(*out)) != format(updated))
            return std::nullopt; // never a file that says something else than was meant
    } catch (const toml::parse_error&) {
        return std::nullopt;
    }
    return out;
}

} // namespace twinha::agent
