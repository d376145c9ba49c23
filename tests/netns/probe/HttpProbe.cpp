#include "tests/netns/probe/HttpProbe.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <arpa/inet.h>
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::tests::netns {

namespace {
constexpr char kRequest[] = "GET / HTTP/1.0\r\nHost: twinha-netns\r\n\r\n";
constexpr size_t kMaxReply = 4096;

std::string errorName(int error)
{
    switch (error) {
    case ECONNREFUSED:
    case ECONNRESET:
        return "!refused";
    case EHOSTUNREACH:
    case ENETUNREACH:
        return "!unreachable";
    case ETIMEDOUT:
        return "!timeout";
    default:
        return "!error";
    }
}
} // namespace

HttpProbe::HttpProbe(std::vector<Target> targets, int timeoutMs, std::FILE* out)
    : m_targets(std::move(targets))
    , m_timeoutNs(int64_t(timeoutMs) * 1000000)
    , m_out(out)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
}

HttpProbe::~HttpProbe()
{
    for (const auto& [fd, request] : m_open)
        ::close(fd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

int64_t HttpProbe::nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool HttpProbe::parseTarget(const std::string& text, Target* target)
{
    const size_t eq = text.find('=');
    const size_t colon = text.rfind(':');
    if (eq == std::string::npos || eq == 0 || colon == std::string::npos || colon < eq)
        return false;
    const size_t at = text.find('@', colon);
    target->name = text.substr(0, eq);
    const std::string host = text.substr(eq + 1, colon - eq - 1);
    const std::string port = text.substr(colon + 1, at == std::string::npos ? std::string::npos : at - colon - 1);
    target->address.sin_family = AF_INET;
    if (::inet_pton(AF_INET, host.c_str(), &target->address.sin_addr) != 1)
        return false;
    const int p = std::atoi(port.c_str());
    if (p <= 0 || p > 65535)
        return false;
    target->address.sin_port = htons(uint16_t(p));
    if (at != std::string::npos) {
        const double ms = std::atof(text.c_str() + at + 1);
        if (ms < 1 || ms > 10000)
            return false;
        target->intervalUs = int(ms * 1000);
    }
    return true;
}

int HttpProbe::run(volatile int* stop)
{
    if (m_epoll < 0)
        return 1;
    const int64_t start = nowNs();
    std::fprintf(m_out, "# twinha-netns-probe started %lld timeout_ms %lld\n", static_cast<long long>(start),
                 static_cast<long long>(m_timeoutNs / 1000000));
    for (Target& t : m_targets)
        t.nextNs = start;
    epoll_event events[64];
    while (!*stop) {
        int64_t now = nowNs();
        for (size_t i = 0; i < m_targets.size(); ++i) {
            Target& t = m_targets[i];
            if (now >= t.nextNs) {
                send(i, now);
                // Keep the cadence, but never send a burst after a stall of the probe itself.
                t.nextNs = std::max(t.nextNs + int64_t(t.intervalUs) * 1000, now + int64_t(t.intervalUs) * 500);
            }
        }
        expire(now);
        const int64_t waitNs = std::max<int64_t>(0, nextWakeNs() - nowNs());
        const int n = ::epoll_wait(m_epoll, events, 64, int((waitNs + 999999) / 1000000));
        for (int i = 0; i < n; ++i)
            onEvent(events[i].data.fd, events[i].events);
        std::fflush(m_out);
    }
    expire(INT64_MAX); // what is still open at the end never got its answer
    std::fflush(m_out);
    return 0;
}

void HttpProbe::send(size_t target, int64_t now)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        std::fprintf(m_out, "%s %lld %lld !error\n", m_targets[target].name.c_str(), static_cast<long long>(now),
                     static_cast<long long>(now));
        return;
    }
    Request r;
    r.target = target;
    r.sentNs = now;
    m_open.emplace(fd, r);
    const sockaddr_in& a = m_targets[target].address;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0 && errno != EINPROGRESS) {
        finish(fd, errorName(errno));
        return;
    }
    epoll_event ev{};
    ev.events = EPOLLOUT | EPOLLIN | EPOLLRDHUP;
    ev.data.fd = fd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
}

void HttpProbe::onEvent(int fd, uint32_t events)
{
    auto it = m_open.find(fd);
    if (it == m_open.end())
        return;
    Request& r = it->second;
    if (!r.connected) {
        int error = 0;
        socklen_t len = sizeof error;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len);
        if (error != 0) {
            finish(fd, errorName(error));
            return;
        }
        if (!(events & EPOLLOUT))
            return;
        r.connected = true;
        // The request is tiny: one write always takes it whole on a fresh connection.
        if (::write(fd, kRequest, sizeof kRequest - 1) != ssize_t(sizeof kRequest - 1)) {
            finish(fd, errorName(errno));
            return;
        }
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP;
        ev.data.fd = fd;
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
        return;
    }
    char buffer[1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            r.reply.append(buffer, size_t(n));
            if (r.reply.size() > kMaxReply) {
                finish(fd, "!http", true);
                return;
            }
            continue;
        }
        if (n == 0) { // the server closes after its answer (HTTP/1.0)
            finish(fd, answerOf(r.reply));
            return;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            finish(fd, r.reply.empty() ? errorName(errno) : answerOf(r.reply));
        return;
    }
}

std::string HttpProbe::answerOf(const std::string& reply)
{
    if (reply.compare(0, 9, "HTTP/1.1 ") != 0 && reply.compare(0, 9, "HTTP/1.0 ") != 0)
        return "!http";
    if (reply.compare(9, 3, "200") != 0)
        return "!http";
    const size_t body = reply.find("\r\n\r\n");
    if (body == std::string::npos)
        return "!http";
    std::string name = reply.substr(body + 4);
    name = name.substr(0, name.find_first_of("\r\n"));
    if (name.empty() || name.find_first_of(" \t") != std::string::npos)
        return "!http";
    return name;
}

void HttpProbe::finish(int fd, const std::string& answer, bool reset)
{
    auto it = m_open.find(fd);
    if (it == m_open.end())
        return;
    const int64_t now = nowNs();
    std::fprintf(m_out, "%s %lld %lld %s\n", m_targets[it->second.target].name.c_str(),
                 static_cast<long long>(it->second.sentNs), static_cast<long long>(now), answer.c_str());
    if (reset) { // an abortive close: no FIN handshake left behind for a connection we gave up on
        const linger l{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    ::close(fd);
    m_open.erase(it);
}

void HttpProbe::expire(int64_t now)
{
    std::vector<int> late;
    for (const auto& [fd, r] : m_open)
        if (now == INT64_MAX || now - r.sentNs >= m_timeoutNs)
            late.push_back(fd);
    for (int fd : late)
        finish(fd, "!timeout", true);
}

int64_t HttpProbe::nextWakeNs() const
{
    int64_t next = INT64_MAX;
    for (const Target& t : m_targets)
        next = std::min(next, t.nextNs);
    for (const auto& [fd, r] : m_open)
        next = std::min(next, r.sentNs + m_timeoutNs);
    return next;
}

} // namespace twinha::tests::netns
