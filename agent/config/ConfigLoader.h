#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/config/ConfigIssue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace twinha::agent {

// Reads cluster.toml into an AgentConfig and reports every problem found, not just the first.
// The only place that sees TOML: the rest of the agent works on the plain structs.
class ConfigLoader
{
public:
    struct Result
    {
        AgentConfig config;
        QList<ConfigIssue> issues;                     // errors and warnings, in file order
        QHash<QString, std::pair<int, int>> positions; // where each field was written (line, column)

        bool ok() const;
        int errorCount() const;
        int warningCount() const;
    };

    // Reads, parses and validates the file; relative paths inside resolve against its folder.
    static Result loadFile(const QString& path);

    // The same for text that is not (yet) a file, e.g. a config the console wants checked.
    static Result loadBytes(const QByteArray& bytes, const QString& displayName, const QString& baseDir);

    static QString checksumOf(const QByteArray& bytes);

    // Config files are small; anything bigger is a mistake, not a config.
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
};

} // namespace twinha::agent
