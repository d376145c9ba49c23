#include "ui/GuiPrompter.h"

#include "agentlink/PendingAnswer.h"
#include "ui/PromptDialog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <memory>

namespace twinha::ui {

using agentlink::LinkStop;
using agentlink::PendingAnswer;
using agentlink::PromptAnswer;
using agentlink::PromptRequest;

namespace {
// Closes the dialog on the GUI thread, whichever thread withdraws the question.
void withdrawLater(const QPointer<PromptDialog>& dialog)
{
    if (QCoreApplication* app = QCoreApplication::instance())
        QMetaObject::invokeMethod(
            app,
            [dialog] {
                if (dialog)
                    dialog->withdraw();
            },
            Qt::QueuedConnection);
}
} // namespace

GuiPrompter::GuiPrompter(QWidget* parent)
    : m_parent(parent)
{}

QString GuiPrompter::hostKeyQuestion(const PromptRequest& request)
{
    return PromptDialog::hostKeyQuestion(request);
}

PromptAnswer GuiPrompter::ask(const PromptRequest& request, const LinkStop& stop)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || stop.requested())
        return {};
    if (QThread::currentThread() == app->thread())
        return askOnGuiThread(request, stop);
    // Shared: the GUI thread may get to the question after this worker has given up on it.
    auto pending = std::make_shared<PendingAnswer>();
    QMetaObject::invokeMethod(
        app,
        [pending, request, parent = m_parent] {
            if (pending->isWithdrawn())
                return; // asked by a link that has gone meanwhile: nothing to show
            auto* dialog = new PromptDialog(request, parent);
            QObject::connect(dialog, &PromptDialog::answered,
                             [pending](const PromptAnswer& answer) { pending->answer(answer); });
            pending->onWithdrawn([guard = QPointer<PromptDialog>(dialog)] { withdrawLater(guard); });
            dialog->show();
        },
        Qt::QueuedConnection);
    return pending->wait(stop);
}

PromptAnswer GuiPrompter::askOnGuiThread(const PromptRequest& request, const LinkStop& stop)
{
    // Asked on the GUI thread itself: it cannot block, so it serves its events until the answer.
    PromptAnswer result;
    QEventLoop loop;
    auto* dialog = new PromptDialog(request, m_parent);
    QObject::connect(dialog, &PromptDialog::answered, &loop, [&](const PromptAnswer& answer) {
        result = answer;
        loop.quit();
    });
    const LinkStop::Wake wake(stop, [guard = QPointer<PromptDialog>(dialog)] { withdrawLater(guard); });
    dialog->show();
    loop.exec();
    return result;
}

} // namespace twinha::ui
