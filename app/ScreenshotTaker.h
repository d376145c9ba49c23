#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::app {

// For --screenshot: waits until every node has answered or failed (or the timeout passes),
// lets the window render that state, saves a PNG and quits with 0 only if every node was reached.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(QWidget* window, agentlink::ClusterMonitor* monitor, QString path, int timeoutMs,
                    QObject* parent = nullptr);

private:
    void capture(bool timedOut);

    QWidget* m_window;
    agentlink::ClusterMonitor* m_monitor;
    QString m_path;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace twinha::app
