#include "agent/config/ConfigReport.h"

#include <algorithm>
#include <tuple>

namespace twinha::agent {

ConfigReport::ConfigReport(const QString& file)
    : m_file(file)
{}

void ConfigReport::setPosition(const QString& field, int line, int column)
{
    m_positions.insert(field, {line, column});
}

std::pair<int, int> ConfigReport::positionOf(const QString& field) const
{
    for (QString f = field; !f.isEmpty(); f = parentField(f)) {
        const auto it = m_positions.constFind(f);
        if (it != m_positions.cend())
            return *it;
    }
    return {1, 1};
}

void ConfigReport::error(const QString& field, const protocol::ConfigRule& rule)
{
    addAt(field, rule, ConfigIssue::Severity::Error);
}

void ConfigReport::warning(const QString& field, const protocol::ConfigRule& rule)
{
    addAt(field, rule, ConfigIssue::Severity::Warning);
}

void ConfigReport::add(const ConfigIssue& issue)
{
    m_issues.append(issue);
}

void ConfigReport::addAt(const QString& field, const protocol::ConfigRule& rule, ConfigIssue::Severity severity)
{
    const auto [line, column] = positionOf(field);
    m_issues.append(ConfigIssue{m_file, line, column, field, rule, severity});
}

QList<ConfigIssue> ConfigReport::issues() const
{
    QList<ConfigIssue> sorted = m_issues;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ConfigIssue& a, const ConfigIssue& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return sorted;
}

bool ConfigReport::hasErrors() const
{
    return errorCount() > 0;
}

bool ConfigReport::hasErrorAt(const QString& field) const
{
    for (const ConfigIssue& i : m_issues) {
        if (!i.isError())
            continue;
        if (i.field.isEmpty() || i.field == field)
            return true;
        if (field.startsWith(i.field) &&
            (field.at(i.field.size()) == QLatin1Char('.') || field.at(i.field.size()) == QLatin1Char('[')))
            return true;
    }
    return false;
}

int ConfigReport::errorCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(), [](const ConfigIssue& i) { return i.isError(); }));
}

int ConfigReport::warningCount() const
{
    return int(m_issues.size()) - errorCount();
}

QString ConfigReport::parentField(const QString& field)
{
    if (field.endsWith(QLatin1Char(']'))) {
        const qsizetype open = field.lastIndexOf(QLatin1Char('['));
        return open < 0 ? QString() : field.left(open);
    }
    const qsizetype dot = field.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : field.left(dot);
}

} // namespace twinha::agent
