#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

class HistoryChart;

// Replication lag per channel (with each channel's limit) and heartbeat RTT per link, over the
// chart window, redrawn once a second at most however fast statuses arrive.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget* parent = nullptr);

    void setMonitor(agentlink::ClusterMonitor* monitor);
    void setWindowMinutes(int minutes);
    HistoryChart* lagChart() const { return m_lag; }
    HistoryChart* rttChart() const { return m_rtt; }
    void redraw();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPointer<agentlink::ClusterMonitor> m_monitor;
    HistoryChart* m_lagBytes = nullptr;
    HistoryChart* m_lag = nullptr;
    HistoryChart* m_rtt = nullptr;
    QTimer m_redraw;
    qint64 m_windowMs = 10 * 60 * 1000;
};

} // namespace twinha::ui
