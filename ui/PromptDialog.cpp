#include "ui/PromptDialog.h"

#include "agentlink/NodeEndpoint.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace twinha::ui {

using agentlink::PromptAnswer;
using agentlink::PromptRequest;

namespace {
QString where(const PromptRequest& r)
{
    return r.port == 22 ? r.host : QStringLiteral("%1:%2").arg(r.host).arg(r.port);
}
} // namespace

PromptDialog::PromptDialog(PromptRequest request, QWidget* parent)
    : m_request(std::move(request))
    , m_parent(parent)
{}

PromptDialog::~PromptDialog()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void PromptDialog::show()
{
    const PromptRequest& r = m_request;
    switch (r.kind) {
    case PromptRequest::Kind::TrustHostKey:
        return askHostKey();
    case PromptRequest::Kind::KeyPassphrase:
        return askSecret(
            QApplication::translate("GuiPrompter", "Key passphrase"),
            QApplication::translate("GuiPrompter", "Passphrase for the key %1 (node %2):").arg(r.keyFile, r.node),
            false);
    case PromptRequest::Kind::Password:
        return askSecret(
            QApplication::translate("GuiPrompter", "SSH password"),
            QApplication::translate("GuiPrompter", "Password for %1@%2 (node %3):").arg(r.user, where(r), r.node),
            false);
    case PromptRequest::Kind::KeyboardInteractive:
        return askNextKeyboardPrompt();
    case PromptRequest::Kind::SudoPassword:
        return askSecret(QApplication::translate("GuiPrompter", "sudo password"),
                         QApplication::translate("GuiPrompter",
                                                 "To install the agent, the console runs sudo on node %1 (%2) as %3. "
                                                 "The password is used for this installation only, and not kept.\n\n"
                                                 "sudo password for %3:")
                             .arg(r.node, where(r), r.user),
                         false);
    }
}

void PromptDialog::withdraw()
{
    if (m_dialog)
        m_dialog->reject(); // answers "cancelled"
    else
        finish(false);
}

void PromptDialog::askHostKey()
{
    const PromptRequest& r = m_request;
    auto* box = new QMessageBox(m_parent);
    box->setObjectName(QStringLiteral("hostKeyDialog"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(QApplication::translate("GuiPrompter", "Unknown host key"));
    box->setText(hostKeyQuestion(r));
    // The fingerprint is the one string to compare: on a line of its own that never wraps or cuts.
    box->setTextFormat(Qt::RichText);
    box->setInformativeText(
        QApplication::translate("GuiPrompter",
                                "<p>Its %1 key fingerprint is:</p><p><nobr><code>%2</code></nobr></p><p>Compare it "
                                "with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the "
                                "server) before you trust it.</p>")
            .arg(r.hostKey.keyType.toHtmlEscaped(), r.hostKey.fingerprint.toHtmlEscaped()));
    QPushButton* trust =
        box->addButton(QApplication::translate("GuiPrompter", "Trust and connect"), QMessageBox::AcceptRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    connect(box, &QDialog::finished, this, [this, box, trust] {
        m_dialog = nullptr;
        finish(box->clickedButton() == trust);
    });
    present(box);
}

void PromptDialog::present(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog) {
            m_dialog = nullptr;
            finish(false);
        }
    });
    m_dialog = dialog;
    dialog->open();
}

QString PromptDialog::hostKeyQuestion(const PromptRequest& r)
{
    using agentlink::NodeEndpoint;
    const QString where = NodeEndpoint::hostPort(r.host, r.port);
    if (r.node.isEmpty() || r.node == r.host || r.node == where ||
        r.node == NodeEndpoint::hostPort(r.host, r.port, true))
        return QApplication::translate("GuiPrompter", "The console has never connected to %1 before.").arg(where);
    return QApplication::translate("GuiPrompter", "The console has never connected to node %1 (%2) before.")
        .arg(r.node, where);
}

void PromptDialog::askSecret(const QString& title, const QString& label, bool echo)
{
    auto* dialog = new QInputDialog(m_parent);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextEchoMode(echo ? QLineEdit::Normal : QLineEdit::Password);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_dialog = nullptr;
        QString text = dialog->textValue();
        dialog->setTextValue(QString());
        QByteArray secret = text.toUtf8();
        text.fill(QChar(0)); // do not leave the secret in memory longer than needed
        onSecret(result == QDialog::Accepted, std::move(secret));
    });
    present(dialog);
}

void PromptDialog::askNextKeyboardPrompt()
{
    const PromptRequest& r = m_request;
    const qsizetype i = m_answer.secrets.size();
    if (i >= r.prompts.size())
        return finish(true);
    const QString label =
        r.instruction.isEmpty() ? r.prompts.at(i) : r.instruction + QLatin1Char('\n') + r.prompts.at(i);
    askSecret(r.name.isEmpty() ? QApplication::translate("GuiPrompter", "Login to %1").arg(where(r)) : r.name, label,
              r.echo.value(i));
}

void PromptDialog::onSecret(bool ok, QByteArray secret)
{
    const bool accepted = ok && !secret.isEmpty();
    m_answer.secrets << std::move(secret); // wiped with the answer
    if (!accepted || m_request.kind != PromptRequest::Kind::KeyboardInteractive)
        return finish(accepted);
    askNextKeyboardPrompt();
}

void PromptDialog::finish(bool accepted)
{
    if (m_finished)
        return;
    m_finished = true;
    m_answer.accepted = accepted;
    Q_EMIT answered(m_answer);
    deleteLater();
}

} // namespace twinha::ui
