#include "ui/switchover/ResultPage.h"

#include "agentlink/ErrorText.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/OperationStepList.h"
#include "ui/switchover/SwitchoverText.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twinha::ui {

QLabel* ResultPage::valueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

ResultPage::ResultPage(QWidget* parent)
    : QWidget(parent)
    , m_headline(valueLabel(QStringLiteral("outcome"), this))
    , m_form(new QFormLayout)
    , m_totalLabel(new QLabel(this))
    , m_total(valueLabel(QStringLiteral("totalTime"), this))
    , m_gapLabel(new QLabel(this))
    , m_gap(valueLabel(QStringLiteral("serviceGap"), this))
    , m_lagLabel(new QLabel(this))
    , m_lag(valueLabel(QStringLiteral("lagAtCutover"), this))
    , m_reason(new NoticeLabel(this))
    , m_steps(new OperationStepList(this))
    , m_showOnCharts(new QPushButton(this))
{
    setObjectName(QStringLiteral("resultPage"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_totalLabel->setBuddy(m_total);
    m_gapLabel->setBuddy(m_gap);
    m_lagLabel->setBuddy(m_lag);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->addRow(m_totalLabel, m_total);
    m_form->addRow(m_gapLabel, m_gap);
    m_form->addRow(m_lagLabel, m_lag);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_reason);
    layout->addLayout(m_form);
    layout->addWidget(m_steps);
    m_showOnCharts->setObjectName(QStringLiteral("showOnCharts"));
    m_showOnCharts->setAutoDefault(false);
    connect(m_showOnCharts, &QPushButton::clicked, this, [this] {
        const qint64 end = m_op.startedAtMs + std::max<qint64>(0, m_op.totalMs());
        Q_EMIT showOnChartsRequested(m_op.startedAtMs, end);
    });
    layout->addWidget(m_showOnCharts, 0, Qt::AlignLeft);
    layout->addStretch();
    retranslate();
}

void ResultPage::showResult(const agentlink::OperationView& op, std::optional<double> lagS)
{
    m_op = op;
    m_lagS = lagS;
    m_steps->setOperation(op);
    retranslate();
}

void ResultPage::retranslate()
{
    m_totalLabel->setText(tr("Total time:"));
    m_gapLabel->setText(tr("Service gap:"));
    m_lagLabel->setText(tr("Replication lag when the source stopped:"));
    m_steps->setAccessibleName(tr("Steps of the operation"));
    m_showOnCharts->setText(tr("Show on the charts"));
    m_showOnCharts->setToolTip(tr("The replication lag and the heartbeat links around this operation"));
    m_showOnCharts->setVisible(!m_op.isNull() && m_op.startedAtMs > 0);
    const QString gapHelp = tr("How long clients could not reach the service: from the stop on the source to the "
                               "start on the target, as the agents measured it.");
    m_gap->setToolTip(gapHelp);
    m_gapLabel->setToolTip(gapHelp);
    m_lag->setToolTip(tr("As the source last reported it before the group stopped; the final replication step "
                         "then copied what was left."));

    const bool done = m_op.result == protocol::OperationResult::Done;
    m_headline->setText(m_op.isNull() ? QString() : SwitchoverText::outcome(m_op));
    m_headline->setStyleSheet(done ? QStringLiteral("QLabel { color: #2e7d32; }")
                                   : QStringLiteral("QLabel { color: #c62828; }"));
    m_total->setText(SwitchoverText::duration(m_op.totalMs()));
    const qint64 gap = SwitchoverText::gapMs(m_op);
    m_gap->setText(SwitchoverText::duration(gap)); // "not measured" for -1
    m_form->setRowVisible(m_gap, gap >= 0 || done);
    m_form->setRowVisible(m_lag, m_lagS.has_value());
    if (m_lagS)
        m_lag->setText(SwitchoverText::seconds(*m_lagS));
    if (m_op.reason.isNull())
        m_reason->clearNotice();
    else
        m_reason->showNotice(done ? NoticeLabel::Kind::Warning : NoticeLabel::Kind::Error,
                             agentlink::ErrorText::describe(m_op.reason));
}

void ResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace twinha::ui
