#include "app/LogModelSink.h"

#include <chrono>

namespace twinha::app {

ui::AppLogLevel LogModelSink::levelOf(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace:
        return ui::AppLogLevel::Trace;
    case spdlog::level::debug:
        return ui::AppLogLevel::Debug;
    case spdlog::level::info:
        return ui::AppLogLevel::Info;
    case spdlog::level::warn:
        return ui::AppLogLevel::Warning;
    case spdlog::level::err:
        return ui::AppLogLevel::Error;
    default:
        return ui::AppLogLevel::Critical;
    }
}

ui::AppLogRecord LogModelSink::toRecord(const spdlog::details::log_msg& msg)
{
    ui::AppLogRecord r;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
    r.time = QDateTime::fromMSecsSinceEpoch(ms);
    r.level = levelOf(msg.level);
    r.logger = QString::fromUtf8(msg.logger_name.data(), qsizetype(msg.logger_name.size()));
    r.message = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
    return r;
}

void LogModelSink::setReceiver(Receiver receiver)
{
    std::lock_guard lock(mutex_);
    m_receiver = std::move(receiver);
    if (!m_receiver)
        return;
    for (const ui::AppLogRecord& r : m_backlog)
        m_receiver(r);
    m_backlog.clear();
}

void LogModelSink::sink_it_(const spdlog::details::log_msg& msg)
{
    // base_sink holds mutex_ here, so setReceiver() cannot swap the receiver mid-call.
    if (m_receiver) {
        m_receiver(toRecord(msg));
        return;
    }
    m_backlog.push_back(toRecord(msg));
    if (m_backlog.size() > kBacklog)
        m_backlog.pop_front();
}

} // namespace twinha::app
