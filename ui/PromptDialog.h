#pragma once

#include "agentlink/CredentialPrompter.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace twinha::ui {

// One question of a link put to the user with window-modal dialogs that do not block the GUI
// thread (no exec(), no nested event loop): answered() comes once, when the user has answered or
// cancelled. withdraw() closes the dialog unanswered, for a link that is gone. It deletes itself
// after answering.
class PromptDialog : public QObject
{
    Q_OBJECT

public:
    PromptDialog(agentlink::PromptRequest request, QWidget* parent);
    ~PromptDialog() override;

    void show();
    void withdraw();

    static QString hostKeyQuestion(const agentlink::PromptRequest& request);

Q_SIGNALS:
    void answered(const twinha::agentlink::PromptAnswer& answer);

private:
    // Shows `dialog` window-modal; its loss without an answer (its parent window closed) is a refusal.
    void present(QDialog* dialog);
    void askHostKey();
    void askSecret(const QString& title, const QString& label, bool echo);
    void askNextKeyboardPrompt();
    void onSecret(bool ok, QByteArray secret);
    void finish(bool accepted);

    agentlink::PromptRequest m_request;
    QPointer<QWidget> m_parent;
    QDialog* m_dialog = nullptr; // the one showing now
    agentlink::PromptAnswer m_answer;
    bool m_finished = false;
};

} // namespace twinha::ui
