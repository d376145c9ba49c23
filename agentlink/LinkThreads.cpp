#include "agentlink/LinkThreads.h"

#include "agentlink/LinkLog.h"
#include "agentlink/NodeLinkWorker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>

#include <mutex>
#include <set>

namespace twinha::agentlink {

namespace {
struct Registry
{
    std::mutex mutex;
    std::set<NodeLinkWorker*> workers;
    bool drainsAtExit = false;
};

Registry& registry()
{
    static Registry* r = new Registry; // never destroyed: no worker can outlive it at exit
    return *r;
}

// Waits until the kernel has let the thread go, after QThread::wait() said it finished.
bool systemThreadGone(const NodeLinkWorker* worker, const QDeadlineTimer& deadline)
{
    const int tid = worker->systemThreadId();
    const QString task = QStringLiteral("/proc/self/task/%1").arg(tid);
    while (tid > 0 && QFileInfo::exists(task)) {
        if (deadline.hasExpired())
            return false;
        QThread::usleep(200);
    }
    return true;
}

void drainAtExit()
{
    {
        std::lock_guard lock(registry().mutex);
        registry().drainsAtExit = false; // a later QCoreApplication installs it again
    }
    if (!LinkThreads::drain(LinkThreads::kExitWaitMs))
        linkLog()->warn("{} link thread(s) still running at exit", LinkThreads::running());
}
} // namespace

void LinkThreads::add(NodeLinkWorker* worker)
{
    std::lock_guard lock(registry().mutex);
    registry().workers.insert(worker);
    if (!registry().drainsAtExit) {
        registry().drainsAtExit = true;
        qAddPostRoutine(drainAtExit);
    }
}

void LinkThreads::remove(NodeLinkWorker* worker)
{
    std::lock_guard lock(registry().mutex);
    registry().workers.erase(worker);
}

int LinkThreads::running()
{
    std::lock_guard lock(registry().mutex);
    int n = 0;
    for (NodeLinkWorker* w : registry().workers)
        n += w->isRunning() ? 1 : 0;
    return n;
}

bool LinkThreads::drain(int timeoutMs)
{
    QList<NodeLinkWorker*> ended;
    bool allEnded = true;
    {
        // Held while waiting: a worker's thread never takes it, and a worker being deleted
        // elsewhere meanwhile waits for it instead of vanishing under the wait.
        std::lock_guard lock(registry().mutex);
        for (NodeLinkWorker* w : registry().workers)
            w->requestStop();
        const QDeadlineTimer deadline(timeoutMs);
        for (NodeLinkWorker* w : registry().workers) {
            if (!w->wait(deadline) || !systemThreadGone(w, deadline))
                allEnded = false;
            else if (w->thread() == QThread::currentThread() && w->isFinished())
                ended << w;
        }
    }
    qDeleteAll(ended); // their pending deleteLater goes with them
    return allEnded;
}

} // namespace twinha::agentlink
