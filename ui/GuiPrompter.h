#pragma once

#include "agentlink/CredentialPrompter.h"

#include <QPointer>
#include <QWidget>

namespace twinha::ui {

// Answers the link's questions with dialogs. ask() runs on a link worker thread: it hands the
// question to the GUI thread, which shows it without blocking, and waits for the answer or for
// the link to be stopped. The GUI thread never waits for the worker: stopping the link withdraws
// the question (a refusal for the worker) and closes its dialog.
class GuiPrompter : public agentlink::CredentialPrompter
{
public:
    explicit GuiPrompter(QWidget* parent);

    agentlink::PromptAnswer ask(const agentlink::PromptRequest& request, const agentlink::LinkStop& stop) override;
    // "The console has never connected to node db1 (10.0.0.1:22) before.", the address said once when
    // the node is known by it alone (the wizard, before the agent has said its name).
    static QString hostKeyQuestion(const agentlink::PromptRequest& request);

private:
    agentlink::PromptAnswer askOnGuiThread(const agentlink::PromptRequest& request, const agentlink::LinkStop& stop);

    QPointer<QWidget> m_parent;
};

} // namespace twinha::ui
