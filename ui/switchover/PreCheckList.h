#pragma once

#include "ui/switchover/SwitchoverPlan.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace twinha::ui {

// The agents' pre-checks, one row each: ✓ passed, or ✗ blocked with the translated reason under
// the check's name. Rows are labels that wrap, so long reasons and CJK text never clip; each can
// be reached with Tab and read by a screen reader.
class PreCheckList : public QWidget
{
    Q_OBJECT

public:
    explicit PreCheckList(QWidget* parent = nullptr);

    void setChecks(const QList<SwitchoverPlan::Check>& checks);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QList<SwitchoverPlan::Check> m_checks;
    QGridLayout* m_grid;
    QList<QLabel*> m_labels;
};

} // namespace twinha::ui
