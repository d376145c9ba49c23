#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

class HistoryChart;

// Replication lag per channel (with each channel's limit) and heartbeat RTT per link, redrawn
// once a second at most however fast statuses arrive, with the journals' events marked on the
// time axis. Above them: the range (10 min, 1 h, 24 h, 7 days), which the nodes' own history
// fills, and "Live" to follow now again after a zoom or pan (the charts zoom and pan together).
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget* parent = nullptr);

    static const QList<int>& rangeMinutes(); // the range buttons, shortest first

    void setMonitor(agentlink::ClusterMonitor* monitor);
    void setWindowMinutes(int minutes);
    int windowMinutes() const { return int(m_windowMs / 60000); }
    // Shows fromMs..toMs with a little on each side (a switchover's result), choosing a range
    // long enough to hold it (windowChosen) if the current one is not.
    void showAround(qint64 fromMs, qint64 toMs);
    HistoryChart* lagChart() const { return m_lag; }
    HistoryChart* rttChart() const { return m_rtt; }
    QToolButton* rangeButton(int minutes) const;
    QToolButton* liveButton() const { return m_live; }
    void redraw();

Q_SIGNALS:
    void windowChosen(int minutes); // a range button: the console's setting, for every cluster

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    QList<HistoryChart*> charts() const;
    void followSpan(HistoryChart* from, bool live, qint64 fromMs, qint64 toMs);
    void updateMarks();
    // Redraws now if the panel is shown; else when it is (a hidden tab draws nothing).
    void redrawWhenShown();

    QPointer<agentlink::ClusterMonitor> m_monitor;
    QButtonGroup* m_ranges = nullptr;
    QToolButton* m_live = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_hint = nullptr;
    HistoryChart* m_lagBytes = nullptr;
    HistoryChart* m_lag = nullptr;
    HistoryChart* m_rtt = nullptr;
    QTimer m_redraw;
    bool m_stale = false; // something to draw came while the panel was hidden
    qint64 m_windowMs = 10 * 60 * 1000;
};

} // namespace twinha::ui
