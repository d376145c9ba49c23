#include "ui/GuiPrompter.h"

#include "agentlink/NodeEndpoint.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

namespace twinha::ui {

using agentlink::PromptAnswer;
using agentlink::PromptRequest;

GuiPrompter::GuiPrompter(QWidget* parent)
    : m_parent(parent)
{}

PromptAnswer GuiPrompter::ask(const PromptRequest& request)
{
    if (QThread::currentThread() == qApp->thread())
        return askOnGuiThread(request);
    PromptAnswer answer;
    // Blocks this worker until the dialog closes; if the application quits first the call is
    // dropped and the answer stays "cancelled".
    QMetaObject::invokeMethod(
        qApp, [&] { answer = askOnGuiThread(request); }, Qt::BlockingQueuedConnection);
    return answer;
}

PromptAnswer GuiPrompter::askOnGuiThread(const PromptRequest& r)
{
    PromptAnswer answer;
    const QString where = r.port == 22 ? r.host : QStringLiteral("%1:%2").arg(r.host).arg(r.port);
    switch (r.kind) {
    case PromptRequest::Kind::TrustHostKey:
        answer.accepted = trustHostKey(r);
        break;
    case PromptRequest::Kind::KeyPassphrase: {
        QByteArray secret;
        answer.accepted = askSecret(
            QApplication::translate("GuiPrompter", "Key passphrase"),
            QApplication::translate("GuiPrompter", "Passphrase for the key %1 (node %2):").arg(r.keyFile, r.node),
            false, &secret);
        answer.secrets << secret;
        break;
    }
    case PromptRequest::Kind::Password: {
        QByteArray secret;
        answer.accepted = askSecret(
            QApplication::translate("GuiPrompter", "SSH password"),
            QApplication::translate("GuiPrompter", "Password for %1@%2 (node %3):").arg(r.user, where, r.node), false,
            &secret);
        answer.secrets << secret;
        break;
    }
    case PromptRequest::Kind::KeyboardInteractive:
        answer.accepted = true;
        for (int i = 0; i < r.prompts.size() && answer.accepted; ++i) {
            QByteArray secret;
            const QString label =
                r.instruction.isEmpty() ? r.prompts.at(i) : r.instruction + QLatin1Char('\n') + r.prompts.at(i);
            answer.accepted =
                askSecret(r.name.isEmpty() ? QApplication::translate("GuiPrompter", "Login to %1").arg(where) : r.name,
                          label, r.echo.value(i), &secret);
            answer.secrets << secret;
        }
        break;
    }
    return answer;
}

bool GuiPrompter::trustHostKey(const PromptRequest& r)
{
    QMessageBox box(m_parent);
    box.setObjectName(QStringLiteral("hostKeyDialog"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QApplication::translate("GuiPrompter", "Unknown host key"));
    box.setText(hostKeyQuestion(r));
    // The fingerprint is the one string to compare: on a line of its own that never wraps or cuts.
    box.setTextFormat(Qt::RichText);
    box.setInformativeText(
        QApplication::translate("GuiPrompter",
                                "<p>Its %1 key fingerprint is:</p><p><nobr><code>%2</code></nobr></p><p>Compare it "
                                "with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the "
                                "server) before you trust it.</p>")
            .arg(r.hostKey.keyType.toHtmlEscaped(), r.hostKey.fingerprint.toHtmlEscaped()));
    QPushButton* trust =
        box.addButton(QApplication::translate("GuiPrompter", "Trust and connect"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == trust;
}

QString GuiPrompter::hostKeyQuestion(const PromptRequest& r)
{
    using agentlink::NodeEndpoint;
    const QString where = NodeEndpoint::hostPort(r.host, r.port);
    if (r.node.isEmpty() || r.node == r.host || r.node == where ||
        r.node == NodeEndpoint::hostPort(r.host, r.port, true))
        return QApplication::translate("GuiPrompter", "The console has never connected to %1 before.").arg(where);
    return QApplication::translate("GuiPrompter", "The console has never connected to node %1 (%2) before.")
        .arg(r.node, where);
}

bool GuiPrompter::askSecret(const QString& title, const QString& label, bool echo, QByteArray* secret)
{
    bool ok = false;
    QString text =
        QInputDialog::getText(m_parent, title, label, echo ? QLineEdit::Normal : QLineEdit::Password, QString(), &ok);
    *secret = text.toUtf8();
    text.fill(QChar(0)); // do not leave the secret in memory longer than needed
    return ok && !secret->isEmpty();
}

} // namespace twinha::ui
