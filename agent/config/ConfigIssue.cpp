#include "agent/config/ConfigIssue.h"

namespace twinha::agent {

QString ConfigIssue::toString() const
{
    QString s = file % QLatin1Char(':') % QString::number(line) % QLatin1Char(':') % QString::number(column) %
                QLatin1String(": ");
    if (!field.isEmpty())
        s += field % QLatin1String(": ");
    if (severity == Severity::Warning)
        s += QLatin1String("warning: ");
    return s % message();
}

} // namespace twinha::agent
