#pragma once

namespace twinha::agentlink {

class NodeLinkWorker;

// Every link worker thread of the process. A client never waits for its worker, since one stuck
// in libssh or in a question would hold the GUI thread: it tells the worker to stop and leaves it
// to end and delete itself. What still runs when the application object goes is stopped and
// waited for then (bounded), before the loggers and libssh's own clean-up at exit, which a running
// worker would still use, are destroyed.
class LinkThreads
{
public:
    static void add(NodeLinkWorker* worker);    // by the worker itself, at construction
    static void remove(NodeLinkWorker* worker); // at destruction
    static int running();                       // started and not yet finished

    // Stops every link thread and waits up to timeoutMs for all of them to end; those that ended
    // and belong to the calling thread are deleted. True when none is left running. Runs by itself
    // when the QCoreApplication is destroyed.
    static bool drain(int timeoutMs);
    static constexpr int kExitWaitMs = 3000;
};

} // namespace twinha::agentlink
