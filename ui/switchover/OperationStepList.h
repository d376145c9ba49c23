#pragma once

#include "agentlink/OperationView.h"

#include <QTreeWidget>

namespace twinha::ui {

// An operation's steps as they complete: ✓ or ✗, the step's name and how long it took, plus
// the step under way while the operation runs. Tall enough for every step a switchover has, so
// the dialog does not jump as rows arrive.
class OperationStepList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit OperationStepList(QWidget* parent = nullptr);

    void setOperation(const agentlink::OperationView& op);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    agentlink::OperationView m_op;
};

} // namespace twinha::ui
