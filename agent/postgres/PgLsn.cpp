#include "agent/postgres/PgLsn.h"

#include <QRegularExpression>

namespace twinha::agent {

std::optional<PgLsn> PgLsn::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})\\z"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return PgLsn{(m.captured(1).toULongLong(nullptr, 16) << 32) | m.captured(2).toULongLong(nullptr, 16)};
}

QString PgLsn::toString() const
{
    return QStringLiteral("%1/%2").arg(quint32(value >> 32), 0, 16).arg(quint32(value & 0xffffffffu), 0, 16).toUpper();
}

} // namespace twinha::agent
