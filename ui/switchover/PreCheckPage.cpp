#include "ui/switchover/PreCheckPage.h"

#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/PreCheckList.h"
#include "ui/switchover/SwitchoverText.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace twinha::ui {

namespace {
QLabel* wrappingLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

PreCheckPage::PreCheckPage(QWidget* parent)
    : QWidget(parent)
    , m_summary(wrappingLabel(QStringLiteral("planSummary"), this))
    , m_verdict(wrappingLabel(QStringLiteral("verdict"), this))
    , m_checksBox(new QGroupBox(this))
    , m_checks(new PreCheckList(m_checksBox))
    , m_planBox(new QGroupBox(this))
    , m_stops(wrappingLabel(QStringLiteral("stops"), m_planBox))
    , m_starts(wrappingLabel(QStringLiteral("starts"), m_planBox))
    , m_notice(new NoticeLabel(this))
    , m_closing(wrappingLabel(QStringLiteral("checkClosingNote"), this))
{
    setObjectName(QStringLiteral("preCheckPage"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_notice->setObjectName(QStringLiteral("checkNotice"));
    m_checksBox->setObjectName(QStringLiteral("checksBox"));
    m_planBox->setObjectName(QStringLiteral("planBox"));
    for (QLabel* l : {m_summary, m_verdict, m_stops, m_starts})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* checks = new QVBoxLayout(m_checksBox);
    checks->addWidget(m_checks);
    auto* plan = new QVBoxLayout(m_planBox);
    plan->addWidget(m_stops);
    plan->addWidget(m_starts);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_verdict);
    layout->addWidget(m_notice);
    layout->addWidget(m_checksBox);
    layout->addWidget(m_planBox);
    layout->addStretch();
    layout->addWidget(m_closing);
    retranslate();
}

void PreCheckPage::showChecking(const QString& group)
{
    m_group = group;
    m_checking = true;
    m_unreachable = false;
    retranslate();
}

void PreCheckPage::showPlan(const SwitchoverPlan& plan)
{
    m_plan = plan;
    if (!plan.isNull())
        m_group = plan.group;
    m_checking = false;
    m_unreachable = false;
    m_checks->setChecks(plan.checks);
    retranslate();
}

void PreCheckPage::showError(const protocol::RpcError& error)
{
    m_error = error;
    m_checking = false;
    retranslate();
}

void PreCheckPage::clearError()
{
    m_error = {};
    retranslate();
}

void PreCheckPage::showUnreachable(bool unreachable)
{
    m_unreachable = unreachable;
    if (unreachable)
        m_checking = false;
    retranslate();
}

void PreCheckPage::retranslate()
{
    m_checksBox->setTitle(tr("Pre-checks by the agents"));
    m_planBox->setTitle(tr("What will happen"));
    m_closing->setText(SwitchoverText::closingNote());
    if (m_unreachable)
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("The console is connected to neither agent right now, so they cannot be asked; each "
                                "node's card says why. It reconnects by itself, and the checks run again as soon as "
                                "an agent answers."));
    else if (!m_error.isNull())
        m_notice->showNotice(NoticeLabel::Kind::Error, agentlink::ErrorText::describe(m_error));
    else
        m_notice->clearNotice();

    const bool havePlan = !m_plan.isNull() && (m_group.isEmpty() || m_plan.group == m_group);
    m_checksBox->setVisible(havePlan);
    m_planBox->setVisible(havePlan && (!m_plan.stop.isEmpty() || !m_plan.start.isEmpty()));
    if (!havePlan) {
        m_summary->setText(m_group.isEmpty() ? tr("Switchover") : tr("Switchover of group %1").arg(m_group));
        m_verdict->setText(m_checking ? tr("Asking the agents for their pre-checks…") : QString());
        m_verdict->setStyleSheet(QString());
        return;
    }
    m_summary->setText(SwitchoverText::plan(m_plan));
    const int blocked = m_plan.blockedCount();
    if (m_checking)
        m_verdict->setText(tr("Checking again…"));
    else if (m_plan.ready)
        m_verdict->setText(tr("Ready: every pre-check passed."));
    else if (m_plan.forceable) // the dialog offers to override them: do not say nothing can move
        m_verdict->setText(tr("Blocked: %1 of %2 pre-checks failed. A switchover waits until they pass; the agents "
                              "allow overriding these checks by force, at your own risk.")
                               .arg(blocked)
                               .arg(m_plan.checks.size()));
    else
        m_verdict->setText(tr("Blocked: %1 of %2 pre-checks failed. Nothing can move until they pass.")
                               .arg(blocked)
                               .arg(m_plan.checks.size()));
    m_verdict->setStyleSheet(m_checking     ? QString()
                             : m_plan.ready ? QStringLiteral("QLabel { color: #2e7d32; }")
                                            : QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_stops->setVisible(!m_plan.stop.isEmpty());
    m_starts->setVisible(!m_plan.start.isEmpty());
    m_stops->setText(tr("Stops on %1, in this order: %2").arg(m_plan.from, agentlink::StatusText::list(m_plan.stop)));
    m_starts->setText(tr("Starts on %1, in this order: %2").arg(m_plan.to, agentlink::StatusText::list(m_plan.start)));
}

void PreCheckPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace twinha::ui
