// twinha-netns-impair: loss and jitter on the packets of one netfilter queue, for the netns lab,
// whose kernel has no netem. Run it inside a node's namespace, with an iptables rule sending the
// packets to impair to the queue:
//
//   iptables -I OUTPUT -p udp --dport 5405 -j NFQUEUE --queue-num 0 --queue-bypass
//   twinha-netns-impair [--queue N] [--loss PERCENT] [--delay MS] [--jitter MS] [--seed N]
//
// Each packet is dropped with probability PERCENT/100, or let through after DELAY ± JITTER ms
// (uniform). Later packets may overtake earlier ones, as with netem's jitter. Runs until SIGTERM or
// SIGINT, then prints on stderr how many packets it passed and dropped. With --queue-bypass, the
// packets pass untouched once it has gone.

// netinet/in.h before the kernel's headers, which then leave its definitions alone.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>

#include <libnetfilter_queue/libnetfilter_queue.h>
#include <linux/netfilter.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <random>
#include <string>
#include <vector>

namespace {
volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

using Clock = std::chrono::steady_clock;

struct Held
{
    Clock::time_point due;
    std::uint32_t id;
    bool operator>(const Held& o) const { return due > o.due; }
};

struct Impairer
{
    double loss = 0;
    double delayMs = 0;
    double jitterMs = 0;
    std::mt19937_64 random;
    std::priority_queue<Held, std::vector<Held>, std::greater<>> held;
    nfq_q_handle* queue = nullptr;
    unsigned long passed = 0;
    unsigned long dropped = 0;

    void take(std::uint32_t id)
    {
        if (std::uniform_real_distribution<double>(0, 100)(random) < loss) {
            nfq_set_verdict(queue, id, NF_DROP, 0, nullptr);
            ++dropped;
            return;
        }
        const double ms =
            std::max(0.0, std::uniform_real_distribution<double>(delayMs - jitterMs, delayMs + jitterMs)(random));
        held.push({Clock::now() + std::chrono::microseconds(std::llround(ms * 1000)), id});
    }

    // Lets through what is due; the time until the next packet is, in ms for poll (-1: none held).
    int release()
    {
        const Clock::time_point now = Clock::now();
        while (!held.empty() && held.top().due <= now) {
            nfq_set_verdict(queue, held.top().id, NF_ACCEPT, 0, nullptr);
            held.pop();
            ++passed;
        }
        if (held.empty())
            return -1;
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(held.top().due - now).count();
        return int((left + 999) / 1000);
    }
};

int onPacket(nfq_q_handle*, nfgenmsg*, nfq_data* data, void* self)
{
    if (const nfqnl_msg_packet_hdr* h = nfq_get_msg_packet_hdr(data))
        static_cast<Impairer*>(self)->take(ntohl(h->packet_id));
    return 0;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: twinha-netns-impair [--queue N] [--loss PERCENT] [--delay MS] [--jitter MS] [--seed N]\n");
    return 2;
}
} // namespace

int main(int argc, char** argv)
{
    Impairer im;
    int queueNum = 0;
    unsigned long seed = std::random_device{}();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage();
        const char* value = argv[++i];
        if (arg == "--queue")
            queueNum = std::atoi(value);
        else if (arg == "--loss")
            im.loss = std::atof(value);
        else if (arg == "--delay")
            im.delayMs = std::atof(value);
        else if (arg == "--jitter")
            im.jitterMs = std::atof(value);
        else if (arg == "--seed")
            seed = std::strtoul(value, nullptr, 10);
        else
            return usage();
    }
    if (im.loss < 0 || im.loss > 100 || im.delayMs < 0 || im.jitterMs < 0)
        return usage();
    im.random.seed(seed);

    nfq_handle* h = nfq_open();
    if (!h) {
        std::fprintf(stderr, "twinha-netns-impair: cannot open a netfilter queue handle: %s\n", std::strerror(errno));
        return 1;
    }
    im.queue = nfq_create_queue(h, std::uint16_t(queueNum), &onPacket, &im);
    if (!im.queue) {
        std::fprintf(stderr, "twinha-netns-impair: cannot bind queue %d: %s\n", queueNum, std::strerror(errno));
        return 1;
    }
    // Only the packet's id is needed: its verdict is all that changes.
    if (nfq_set_mode(im.queue, NFQNL_COPY_META, 0) < 0 || nfq_set_queue_maxlen(im.queue, 4096) < 0) {
        std::fprintf(stderr, "twinha-netns-impair: cannot set up queue %d: %s\n", queueNum, std::strerror(errno));
        return 1;
    }
    struct sigaction sa
    {};
    sa.sa_handler = onSignal;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    std::fprintf(stderr, "twinha-netns-impair: queue %d, loss %.1f %%, delay %.1f ± %.1f ms\n", queueNum, im.loss,
                 im.delayMs, im.jitterMs);

    const int fd = nfq_fd(h);
    std::vector<char> buf(65536);
    int timeout = -1;
    while (!g_stop) {
        pollfd p{fd, POLLIN, 0};
        const int n = poll(&p, 1, timeout);
        if (n < 0 && errno != EINTR) {
            std::fprintf(stderr, "twinha-netns-impair: poll: %s\n", std::strerror(errno));
            break;
        }
        if (n > 0) {
            const ssize_t got = recv(fd, buf.data(), buf.size(), MSG_DONTWAIT);
            if (got > 0)
                nfq_handle_packet(h, buf.data(), int(got));
            else if (got < 0 && errno == ENOBUFS)
                std::fprintf(stderr, "twinha-netns-impair: the queue overflowed; packets were lost\n");
        }
        timeout = im.release();
    }
    while (!im.held.empty()) { // what is still held goes out now rather than being lost
        nfq_set_verdict(im.queue, im.held.top().id, NF_ACCEPT, 0, nullptr);
        im.held.pop();
        ++im.passed;
    }
    std::fprintf(stderr, "twinha-netns-impair: passed %lu, dropped %lu\n", im.passed, im.dropped);
    nfq_destroy_queue(im.queue);
    nfq_close(h);
    return 0;
}
