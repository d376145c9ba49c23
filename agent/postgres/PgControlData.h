#pragma once

#include "agent/postgres/PgLsn.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace twinha::agent {

// What `pg_controldata` (run with LC_ALL=C) says of a stopped instance: whether it shut down
// cleanly, and where its last checkpoint is. A clean stop writes a shutdown checkpoint as its last
// WAL record, so a standby that replayed past it has every transaction the primary committed.
struct PgControlData
{
    QString state; // "shut down", "shut down in recovery", "in production", ...
    std::optional<PgLsn> checkpoint;
    int timeline = 0;

    static PgControlData parse(const QByteArray& output);
    // Stopped by a clean shutdown as a primary.
    bool shutDownCleanly() const { return state == QLatin1String("shut down") && checkpoint.has_value(); }
};

} // namespace twinha::agent
