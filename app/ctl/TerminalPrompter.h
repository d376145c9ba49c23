#pragma once

#include "agentlink/CredentialPrompter.h"

#include <QCoreApplication>
#include <QMutex>

namespace twinha::app {

// twinhactl's answers to the link's questions, read from the terminal: a key's passphrase, a
// password and keyboard-interactive prompts, with echo off for secrets. Host keys are not trusted
// here (that is `twinhactl trust NODE`): it refuses them, and the link reports the key as unknown.
// Install it only when stdin is a terminal; without one, the link says what it would have asked.
class TerminalPrompter : public agentlink::CredentialPrompter
{
    Q_DECLARE_TR_FUNCTIONS(twinha::app::TerminalPrompter)

public:
    // Not cut short by a stop: twinhactl stops its links only as it exits, and a read from the
    // terminal ends with the process.
    agentlink::PromptAnswer ask(const agentlink::PromptRequest& request, const agentlink::LinkStop& stop) override;

    // One line from the terminal, the echo off when !echo; false at end of input (Ctrl-D).
    static bool readLine(const QString& prompt, bool echo, QByteArray* line);

private:
    QMutex m_mutex; // both nodes' links may ask at once: one question at a time
};

} // namespace twinha::app
