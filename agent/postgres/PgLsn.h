#pragma once

#include <QString>

#include <optional>

namespace twinha::agent {

// A PostgreSQL WAL position ("16/B374D848"): two hex halves of one 64-bit byte offset.
struct PgLsn
{
    quint64 value = 0;

    // nullopt for anything that is not "hex/hex".
    static std::optional<PgLsn> parse(const QString& text);
    QString toString() const;

    auto operator<=>(const PgLsn&) const = default;
};

} // namespace twinha::agent
