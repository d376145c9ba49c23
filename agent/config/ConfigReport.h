#pragma once

#include "agent/config/ConfigIssue.h"

#include <QHash>
#include <QList>
#include <QString>

namespace twinha::agent {

// Collects issues for one config file and remembers where each field was written, so that a check
// made after parsing (by ConfigValidator, which never sees TOML) can still point at the right line.
class ConfigReport
{
public:
    explicit ConfigReport(const QString& file = {});

    void setFile(const QString& file) { m_file = file; }
    QString file() const { return m_file; }

    void setPosition(const QString& field, int line, int column);
    // Where `field` was written; a field that is missing points at its closest present parent.
    std::pair<int, int> positionOf(const QString& field) const;
    const QHash<QString, std::pair<int, int>>& positions() const { return m_positions; }

    void error(const QString& field, const protocol::ConfigRule& rule);
    void warning(const QString& field, const protocol::ConfigRule& rule);
    void add(const ConfigIssue& issue);

    // In file order (line, then column), so the output reads top to bottom.
    QList<ConfigIssue> issues() const;
    bool hasErrors() const;
    // True when `field` or one of its parents already has an error, so follow-up checks stay quiet.
    bool hasErrorAt(const QString& field) const;
    int errorCount() const;
    int warningCount() const;

    // The parent of "a[0].b.c" is "a[0].b", of "a[0]" is "a", of "a" is "".
    static QString parentField(const QString& field);

private:
    void addAt(const QString& field, const protocol::ConfigRule& rule, ConfigIssue::Severity severity);

    QString m_file;
    QHash<QString, std::pair<int, int>> m_positions;
    QList<ConfigIssue> m_issues;
};

} // namespace twinha::agent
