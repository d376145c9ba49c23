#include "app/ScreenshotTaker.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QWidget>

#include <algorithm>

#include <cstdio>

namespace twinha::app {

ScreenshotTaker::ScreenshotTaker(QWidget* window, agentlink::ClusterMonitor* monitor, QString path, int timeoutMs,
                                 int settleMs, std::function<QWidget*()> prepare, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_target(window)
    , m_prepare(std::move(prepare))
    , m_monitor(monitor)
    , m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { capture(true); });
    m_timeout.start(timeoutMs);
    if (m_monitor) {
        connect(m_monitor, &agentlink::ClusterMonitor::allSettledChanged, this, [this, settleMs] {
            if (m_prepare)
                m_target = m_prepare();
            // At least one more turn of the event loop so the cards show the final state.
            QTimer::singleShot(std::max(settleMs, 150), this, [this] { capture(false); });
        });
    } else {
        // No cluster (the welcome page): nothing to wait for but the first paint.
        QTimer::singleShot(0, this, [this, settleMs] {
            if (m_prepare)
                m_target = m_prepare();
            QTimer::singleShot(std::max(settleMs, 150), this, [this] { capture(false); });
        });
    }
}

void ScreenshotTaker::capture(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    QWidget* target = m_target ? m_target.data() : m_window;
    const bool saved = target->grab().save(m_path, "PNG");
    const bool reached = !m_monitor || m_monitor->allReached();
    if (!saved)
        std::fprintf(stderr, "%s\n", qUtf8Printable(tr("Cannot write the screenshot to %1.").arg(m_path)));
    if (timedOut)
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(tr("Timed out waiting for both nodes; the screenshot shows the state at that moment.")));
    if (m_monitor) {
        for (int i = 0; i < m_monitor->nodeCount(); ++i) {
            const agentlink::NodeView& node = m_monitor->node(i);
            if (!node.reached())
                std::fprintf(stderr, "%s: %s\n", qUtf8Printable(node.endpoint.name),
                             qUtf8Printable(node.lastError.isNull() ? tr("no answer yet")
                                                                    : agentlink::ErrorText::describe(node.lastError)));
        }
    }
    QCoreApplication::exit(saved && reached ? 0 : 1);
}

} // namespace twinha::app
