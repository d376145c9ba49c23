#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/LinkStop.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace twinha::agentlink {

// A question handed to another thread (the GUI's) to be answered there, while the link worker that
// asked waits for the answer or for its link to be stopped, whichever comes first. The asker
// never depends on the answering thread to be let go: a stopped link withdraws its question, which
// counts as a refusal, and the answering side hears of it so that it can close its dialog.
class PendingAnswer
{
public:
    // The answering side, any thread; ignored once the question was withdrawn or answered.
    void answer(const PromptAnswer& answer);
    bool isWithdrawn() const;
    // Runs once if the question is withdrawn, on the thread that stopped the link (now, if it already
    // was). Keep it short: post whatever it has to do to the answering thread.
    void onWithdrawn(std::function<void()> handler);

    // The asking side: blocks until the answer comes or `stop` is requested.
    PromptAnswer wait(const LinkStop& stop);

private:
    void withdraw();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<PromptAnswer> m_answer;
    bool m_withdrawn = false;
    std::function<void()> m_onWithdrawn;
};

} // namespace twinha::agentlink
