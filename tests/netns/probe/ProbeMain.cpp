// twinha-netns-probe: the network-namespace lab's client. Run it inside the client namespace:
//
//   twinha-netns-probe [--timeout-ms N] [--out FILE] NAME=IP:PORT[@MS]...
//
// Probes every target every MS milliseconds (default 5) until SIGTERM or SIGINT, and writes one
// line per request to FILE (default stdout); see HttpProbe.h for the format.
#include "tests/netns/probe/HttpProbe.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {
volatile int g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

int usage()
{
    std::fprintf(stderr, "usage: twinha-netns-probe [--timeout-ms N] [--out FILE] NAME=IP:PORT[@MS]...\n");
    return 2;
}
} // namespace

int main(int argc, char** argv)
{
    using twinha::tests::netns::HttpProbe;
    std::vector<HttpProbe::Target> targets;
    int timeoutMs = 500;
    const char* outPath = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--timeout-ms" && i + 1 < argc) {
            timeoutMs = std::atoi(argv[++i]);
        } else if (arg == "--out" && i + 1 < argc) {
            outPath = argv[++i];
        } else {
            HttpProbe::Target t;
            if (!HttpProbe::parseTarget(arg, &t)) {
                std::fprintf(stderr, "twinha-netns-probe: bad target '%s'\n", arg.c_str());
                return usage();
            }
            targets.push_back(t);
        }
    }
    if (targets.empty() || timeoutMs < 1)
        return usage();
    std::FILE* out = stdout;
    if (outPath && !(out = std::fopen(outPath, "we"))) {
        std::fprintf(stderr, "twinha-netns-probe: cannot write %s: %s\n", outPath, std::strerror(errno));
        return 1;
    }
    struct sigaction sa
    {};
    sa.sa_handler = onSignal;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    HttpProbe probe(std::move(targets), timeoutMs, out);
    const int rc = probe.run(&g_stop);
    if (out != stdout)
        std::fclose(out);
    return rc;
}
