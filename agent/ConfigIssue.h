#pragma once

#include <QString>

namespace twinha::agent {

// One finding in a config file, located like a compiler diagnostic so editors can jump to it.
struct ConfigIssue
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString file;
    int line = 1;
    int column = 1;
    QString field; // e.g. "group[0].resource[1].unit"; empty for syntax errors
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }

    // "FILE:LINE:COLUMN: FIELD: message"; warnings say so before the message.
    QString toString() const;
};

} // namespace twinha::agent
