#pragma once

#include "agentlink/OperationView.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace twinha::ui {

class NoticeLabel;
class OperationStepList;

// The dialog's last page: how the operation ended, its total time, the service gap clients saw,
// the replication lag when the source stopped (when the console saw it), or why it rolled back
// or failed, in the user's language, and a way to the charts around it.
class ResultPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPage(QWidget* parent = nullptr);

    // `lagS`: the group's replication lag as last reported before the source stopped, if known.
    void showResult(const agentlink::OperationView& op, std::optional<double> lagS);
    const agentlink::OperationView& operation() const { return m_op; }

Q_SIGNALS:
    // "Show on the charts": the operation's time, to see the lag and the links around it.
    void showOnChartsRequested(qint64 fromMs, qint64 toMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    static QLabel* valueLabel(const QString& name, QWidget* parent);

    agentlink::OperationView m_op;
    std::optional<double> m_lagS;
    QLabel* m_headline;
    QFormLayout* m_form;
    QLabel* m_totalLabel;
    QLabel* m_total;
    QLabel* m_gapLabel;
    QLabel* m_gap;
    QLabel* m_lagLabel;
    QLabel* m_lag;
    NoticeLabel* m_reason;
    OperationStepList* m_steps;
    QPushButton* m_showOnCharts;
};

} // namespace twinha::ui
