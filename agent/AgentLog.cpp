#include "agent/AgentLog.h"

#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>

namespace twinha::agent {

namespace {
std::mutex g_mutex;
spdlog::sink_ptr g_sink;
spdlog::level::level_enum g_level = spdlog::level::info;

spdlog::sink_ptr sink()
{
    if (!g_sink) {
        g_sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        g_sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ [%n] %v");
    }
    return g_sink;
}
} // namespace

void AgentLog::setup(spdlog::level::level_enum level)
{
    std::lock_guard lock(g_mutex);
    g_level = level;
    spdlog::apply_all([level](const std::shared_ptr<spdlog::logger>& l) { l->set_level(level); });
}

std::shared_ptr<spdlog::logger> AgentLog::get(const std::string& name)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, sink());
    logger->set_level(g_level);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

} // namespace twinha::agent
