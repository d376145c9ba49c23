#pragma once

#include <QString>

namespace twinha::protocol {

// `text` as one word for a POSIX shell: in single quotes, each ' written as '\''.
inline QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace twinha::protocol
