#include "app/Logging.h"

#include "app/LogFileClaim.h"
#include "app/LogModelSink.h"

#include <QFile>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace twinha::app {

namespace {
// One for the process: loggers keep it in their sink lists, and attachViewer() only swaps its
// receiver, which is safe while other threads log (changing a logger's sink list is not).
const std::shared_ptr<LogModelSink>& viewerSink()
{
    static const auto sink = std::make_shared<LogModelSink>();
    return sink;
}

// Held until the process ends: the lock beside the file says "this one is taken".
LogFileClaim& fileClaim()
{
    static LogFileClaim claim;
    return claim;
}

// What setUp() opened: empty when the claim failed or spdlog could not open the file.
QString& openedPath()
{
    static QString path;
    return path;
}
} // namespace

void Logging::attachViewer(std::function<void(const agentlink::AppLogRecord&)> receiver)
{
    viewerSink()->setReceiver(std::move(receiver));
}

QString Logging::logDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QString Logging::logFilePath()
{
    return openedPath();
}

QString Logging::setUp(const QString& programName, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::err);
    sinks.push_back(console);
    openedPath().clear();
    if (fileClaim().claim(logDirectory(), programName)) {
        try {
            const QString path = fileClaim().path();
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(QFile::encodeName(path).toStdString(),
                                                                               5 * 1024 * 1024, 3);
            file->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
            sinks.push_back(file);
            openedPath() = path;
        } catch (const spdlog::spdlog_ex&) {
            // A read-only home must not stop the console; stderr still gets the warnings.
            fileClaim().release();
        }
    }
    viewerSink()->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    sinks.push_back(viewerSink());
    for (const char* area : {"app", "link", "ui"}) {
        spdlog::drop(area);
        auto logger = std::make_shared<spdlog::logger>(area, sinks.begin(), sinks.end());
        logger->set_level(spdlog::level::debug);
        spdlog::register_logger(logger);
    }
    spdlog::flush_every(std::chrono::seconds(2));
    return openedPath();
}

} // namespace twinha::app
