#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <netinet/in.h>

namespace twinha::tests::netns {

// Sends `GET /` to each target on its own cadence, each request on a new TCP connection and
// without waiting for the ones still under way, and writes one line per finished request:
//
//   TARGET SENT_NS DONE_NS ANSWER
//
// SENT_NS and DONE_NS are CLOCK_MONOTONIC (the same clock in every network namespace); ANSWER is
// the first line of the body (the lab's service answers with its node's name), or "!" and why not:
// !refused, !timeout, !unreachable, !http, !error. A request still unanswered after the timeout is
// cut (RST) and counted as !timeout.
class HttpProbe
{
public:
    struct Target
    {
        std::string name;
        sockaddr_in address{};
        int intervalUs = 5000;
        int64_t nextNs = 0;
    };

    HttpProbe(std::vector<Target> targets, int timeoutMs, std::FILE* out);
    ~HttpProbe();

    // Runs until *stop becomes true (set from a signal handler).
    int run(volatile int* stop);

    static int64_t nowNs();
    // "name=10.0.0.1:80" or "name=10.0.0.1:80@10" (interval in ms, default 5).
    static bool parseTarget(const std::string& text, Target* target);

private:
    struct Request
    {
        size_t target = 0;
        int64_t sentNs = 0;
        bool connected = false;
        std::string reply;
    };

    void send(size_t target, int64_t now);
    void onEvent(int fd, uint32_t events);
    void finish(int fd, const std::string& answer, bool reset = false);
    void expire(int64_t now);
    int64_t nextWakeNs() const;
    static std::string answerOf(const std::string& reply);

    std::vector<Target> m_targets;
    std::map<int, Request> m_open;
    int64_t m_timeoutNs;
    std::FILE* m_out;
    int m_epoll = -1;
};

} // namespace twinha::tests::netns
