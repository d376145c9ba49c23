#include "app/LogModelSink.h"

#include <chrono>

namespace twinha::app {

agentlink::AppLogLevel LogModelSink::levelOf(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace:
        return agentlink::AppLogLevel::Trace;
    case spdlog::level::debug:
        return agentlink::AppLogLevel::Debug;
    case spdlog::level::info:
        return agentlink::AppLogLevel::Info;
    case spdlog::level::warn:
        return agentlink::AppLogLevel::Warning;
    case spdlog::level::err:
        return agentlink::AppLogLevel::Error;
    default:
        return agentlink::AppLogLevel::Critical;
    }
}

agentlink::AppLogRecord LogModelSink::toRecord(const spdlog::details::log_msg& msg)
{
    agentlink::AppLogRecord r;
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
    for (const agentlink::AppLogRecord& r : m_backlog)
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
