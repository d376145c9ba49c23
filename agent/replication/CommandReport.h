#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace twinha::agent {

// What a replication command prints on stdout: one JSON object,
//   {"lag_s": number, "lag_bytes": number?, "last_sync": "ISO 8601"?, "state": "in_sync|..."?}
struct CommandReport
{
    double lagS = 0;
    std::optional<double> lagBytes;
    QDateTime lastSync;
    QString state; // empty: derive it from the lag

    // Null with a short reason in detail when the output does not follow the format.
    static std::optional<CommandReport> parse(const QByteArray& output, QString* detail);
};

} // namespace twinha::agent
