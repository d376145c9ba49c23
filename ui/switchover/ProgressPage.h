#pragma once

#include "agentlink/OperationView.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace twinha::ui {

class NoticeLabel;
class OperationStepList;

// The dialog's second page: the operation's steps live, each with its time as it completes, how
// long it has been running, and whether the console can still see the agents.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPage(QWidget* parent = nullptr);

    // `op` may be empty while the agents have not reported it yet. `requestedAgoMs`: how long ago
    // this console sent the start request, shown as a running clock; -1 when it did not send one.
    void begin(const agentlink::OperationView& op, qint64 requestedAgoMs = -1);
    void setOperation(const agentlink::OperationView& op);
    // The start request's answer never came: the operation may or may not be running.
    void setStartUnconfirmed(bool unconfirmed);
    void setConnectionLost(bool lost);
    const agentlink::OperationView& operation() const { return m_op; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateElapsed();

    agentlink::OperationView m_op;
    bool m_unconfirmed = false;
    bool m_connectionLost = false;
    QElapsedTimer m_clock;
    qint64 m_clockOffsetMs = 0;
    QTimer m_tick;
    QLabel* m_headline;
    QLabel* m_actor;
    OperationStepList* m_steps;
    QLabel* m_elapsed;
    NoticeLabel* m_notice;
    QLabel* m_closing;
};

} // namespace twinha::ui
