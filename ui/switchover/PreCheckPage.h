#pragma once

#include "agentlink/protocol/RpcError.h"
#include "ui/switchover/SwitchoverPlan.h"

#include <QWidget>

class QGroupBox;
class QLabel;

namespace twinha::ui {

class NoticeLabel;
class PreCheckList;

// The dialog's first page: what would happen (from → to, which resources stop and start) and
// the agents' pre-checks, each passed or blocked with its reason.
class PreCheckPage : public QWidget
{
    Q_OBJECT

public:
    explicit PreCheckPage(QWidget* parent = nullptr);

    void showChecking(const QString& group);
    void showPlan(const SwitchoverPlan& plan);
    // An answer that is not a plan (no node reachable, unknown group...), or a refused start.
    void showError(const protocol::RpcError& error);
    void clearError();
    // The console reaches no node, so the agents cannot be asked.
    void showUnreachable(bool unreachable);
    const SwitchoverPlan& plan() const { return m_plan; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SwitchoverPlan m_plan;
    QString m_group;
    bool m_checking = false;
    protocol::RpcError m_error;
    bool m_unreachable = false;
    QLabel* m_summary;
    QLabel* m_verdict;
    QGroupBox* m_checksBox;
    PreCheckList* m_checks;
    QGroupBox* m_planBox;
    QLabel* m_stops;
    QLabel* m_starts;
    NoticeLabel* m_notice;
    QLabel* m_closing;
};

} // namespace twinha::ui
