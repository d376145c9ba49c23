#pragma once

#include "agentlink/AppLogRecord.h"

#include <spdlog/sinks/base_sink.h>

#include <deque>
#include <functional>
#include <mutex>

namespace twinha::app {

// Hands every log record to a receiver, typically ui::AppLogModel::receiver(), which queues it for
// the GUI thread. Until a receiver is attached the newest records wait here, so the log view also
// shows what happened during start-up. Keeps spdlog out of ui/.
class LogModelSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    using Receiver = std::function<void(const agentlink::AppLogRecord&)>;
    static constexpr std::size_t kBacklog = 500;

    // Replaces the receiver (an empty one detaches) and replays the backlog to a new one.
    // Thread-safe against records being logged at the same time.
    void setReceiver(Receiver receiver);

    static agentlink::AppLogLevel levelOf(spdlog::level::level_enum level);
    static agentlink::AppLogRecord toRecord(const spdlog::details::log_msg& msg);

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override {}

private:
    Receiver m_receiver;
    std::deque<agentlink::AppLogRecord> m_backlog;
};

} // namespace twinha::app
