#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::app {

// For --screenshot: waits until every node has answered or failed (or the timeout passes),
// then lets `prepare` pick what to show (a page of the window, or a dialog it opens; the window
// itself when there is no `prepare`), lets that render for settleMs, saves a PNG and quits with 0
// only if every node was reached.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(QWidget* window, agentlink::ClusterMonitor* monitor, QString path, int timeoutMs, int settleMs,
                    std::function<QWidget*()> prepare, QObject* parent = nullptr);

private:
    void capture(bool timedOut);

    QWidget* m_window;
    QPointer<QWidget> m_target;
    std::function<QWidget*()> m_prepare;
    agentlink::ClusterMonitor* m_monitor;
    QString m_path;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace twinha::app
