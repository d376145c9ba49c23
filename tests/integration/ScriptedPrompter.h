#pragma once

#include "agentlink/CredentialPrompter.h"

#include <QMutex>

namespace twinha::tests {

// Answers the link's questions from a script, as a user would, and counts what it was asked.
class ScriptedPrompter : public agentlink::CredentialPrompter
{
public:
    bool trustHostKeys = false;
    QByteArray secret; // passphrase or password; empty = cancel
    bool cancel = false;

    agentlink::PromptAnswer ask(const agentlink::PromptRequest& request, const agentlink::LinkStop&) override
    {
        QMutexLocker lock(&m_mutex);
        m_asked.append(request.kind);
        m_last = request;
        agentlink::PromptAnswer answer;
        if (request.kind == agentlink::PromptRequest::Kind::TrustHostKey) {
            answer.accepted = trustHostKeys;
            return answer;
        }
        answer.accepted = !cancel && !secret.isEmpty();
        const int count =
            request.kind == agentlink::PromptRequest::Kind::KeyboardInteractive ? int(request.prompts.size()) : 1;
        for (int i = 0; i < count; ++i)
            answer.secrets.append(secret);
        return answer;
    }

    int count(agentlink::PromptRequest::Kind kind) const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_asked.count(kind));
    }

    agentlink::PromptRequest last() const
    {
        QMutexLocker lock(&m_mutex);
        return m_last;
    }

private:
    mutable QMutex m_mutex;
    QList<agentlink::PromptRequest::Kind> m_asked;
    agentlink::PromptRequest m_last;
};

} // namespace twinha::tests
