#pragma once

#include "agentlink/CredentialPrompter.h"

#include <QPointer>
#include <QWidget>

namespace twinha::ui {

// Answers the link's questions with dialogs. ask() runs on a link worker thread: it hands the
// question to the GUI thread and waits there for the user's answer, so the worker (never the
// window) is what waits.
class GuiPrompter : public agentlink::CredentialPrompter
{
public:
    explicit GuiPrompter(QWidget* parent);

    agentlink::PromptAnswer ask(const agentlink::PromptRequest& request) override;
    // "The console has never connected to node db1 (10.0.0.1:22) before.", the address said once when
    // the node is known by it alone (the wizard, before the agent has said its name).
    static QString hostKeyQuestion(const agentlink::PromptRequest& request);

private:
    agentlink::PromptAnswer askOnGuiThread(const agentlink::PromptRequest& request);
    bool trustHostKey(const agentlink::PromptRequest& request);
    bool askSecret(const QString& title, const QString& label, bool echo, QByteArray* secret);

    QPointer<QWidget> m_parent;
};

} // namespace twinha::ui
