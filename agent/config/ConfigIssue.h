#pragma once

#include "agentlink/protocol/ConfigRule.h"
#include "agentlink/protocol/RpcError.h"

#include <QString>

namespace twinha::agent {

// One finding in a config file, located like a compiler diagnostic so editors can jump to it.
struct ConfigIssue
{
    using Severity = protocol::IssueSeverity;

    QString file;
    int line = 1;
    int column = 1;
    QString field;             // e.g. "group[0].resource[1].unit"; empty for syntax errors
    protocol::ConfigRule rule; // what is wrong, as a code the console words in its language
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    bool is(const char* code) const { return rule.code == QLatin1String(code); }
    // The rule in English, for the agent's log and check-config.
    QString message() const { return rule.english(); }

    // "FILE:LINE:COLUMN: FIELD: message"; warnings say so before the message.
    QString toString() const;
    // As an error the console words in its language: CONFIG_FIELD_MISSING {field}, or
    // CONFIG_SYNTAX {line, column, rule, args, detail} or CONFIG_FIELD_INVALID {field, rule, args, detail}.
    protocol::RpcError toError() const;
};

} // namespace twinha::agent
