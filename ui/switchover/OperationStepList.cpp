#include "ui/switchover/OperationStepList.h"

#include "agentlink/StatusText.h"
#include "ui/switchover/SwitchoverText.h"

#include <QEvent>
#include <QHeaderView>

namespace twinha::ui {

namespace {
// precheck, stop, drain, handover, catch_up, start, verify and a rollback: the most a switchover reports.
constexpr int kRowsShown = 8;
} // namespace

OperationStepList::OperationStepList(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("steps"));
    setColumnCount(2);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    rebuild();
}

void OperationStepList::setOperation(const agentlink::OperationView& op)
{
    m_op = op;
    rebuild();
}

void OperationStepList::rebuild()
{
    setHeaderLabels({tr("Step"), tr("Time")});
    setAccessibleName(tr("Steps of the operation"));
    clear();
    for (const agentlink::OperationView::Step& s : std::as_const(m_op.steps)) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, (s.ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + agentlink::StatusText::step(s.name));
        item->setText(1, SwitchoverText::duration(s.ms));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(0, s.ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        item->setData(0, Qt::AccessibleTextRole,
                      (s.ok ? tr("%1, done") : tr("%1, failed")).arg(agentlink::StatusText::step(s.name)));
    }
    const bool phaseShown = !m_op.steps.isEmpty() && m_op.steps.last().name == m_op.phase;
    if (m_op.isRunning() && m_op.phase != protocol::OperationPhase::None && !phaseShown) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, QStringLiteral("… ") + agentlink::StatusText::step(m_op.phase));
        item->setText(1, tr("running"));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::AccessibleTextRole, tr("%1, running").arg(agentlink::StatusText::step(m_op.phase)));
    }
}

QSize OperationStepList::sizeHint() const
{
    const int row = fontMetrics().height() + 6;
    const int height = header()->sizeHint().height() + kRowsShown * row + 2 * frameWidth();
    return {QTreeWidget::sizeHint().width(), height};
}

QSize OperationStepList::minimumSizeHint() const
{
    return {QTreeWidget::minimumSizeHint().width(), sizeHint().height()};
}

void OperationStepList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QTreeWidget::changeEvent(event);
}

} // namespace twinha::ui
