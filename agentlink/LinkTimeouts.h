#pragma once

namespace twinha::agentlink {

// Every blocking step of the link has a bound, so a dead host never hangs a worker for long.
struct LinkTimeouts
{
    int connectMs = 8000;  // TCP connect plus SSH handshake
    int requestMs = 10000; // one JSON-RPC request
    int silenceMs = 8000;  // no line from a Ready agent for this long = connection lost
                           // (agents push status every 2 s as a keepalive)
    int idleWakeMs = 1000; // the longest a worker sleeps: input, a line to send and a stop wake it at once
};

} // namespace twinha::agentlink
