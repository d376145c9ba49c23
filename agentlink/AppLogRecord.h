#pragma once

#include <QDateTime>
#include <QString>

namespace twinha::agentlink {

// One line of the console's own log, as the log window shows it and as the log sink (app/) makes
// it; here, below both. The levels mirror spdlog's, in the same order, but this
// header knows nothing of spdlog: app/LogModelSink translates.
enum class AppLogLevel
{
    Trace,
    Debug,
    Info,
    Warning,
    Error,
    Critical,
};

struct AppLogRecord
{
    QDateTime time; // local or UTC; shown in local time
    AppLogLevel level = AppLogLevel::Info;
    QString logger; // the area: "app", "link", "ui"
    QString message;
};

} // namespace twinha::agentlink
