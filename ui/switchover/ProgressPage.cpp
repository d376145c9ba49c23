#include "ui/switchover/ProgressPage.h"

#include "agentlink/EventText.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/OperationStepList.h"
#include "ui/switchover/SwitchoverText.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace twinha::ui {

ProgressPage::ProgressPage(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_actor(new QLabel(this))
    , m_steps(new OperationStepList(this))
    , m_elapsed(new QLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_closing(new QLabel(this))
{
    setObjectName(QStringLiteral("progressPage"));
    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    m_actor->setObjectName(QStringLiteral("actor"));
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_notice->setObjectName(QStringLiteral("progressNotice"));
    m_closing->setObjectName(QStringLiteral("progressClosingNote"));
    for (QLabel* l : {m_headline, m_actor, m_elapsed, m_closing}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_actor);
    layout->addWidget(m_notice);
    layout->addWidget(m_steps);
    layout->addWidget(m_elapsed);
    layout->addStretch();
    layout->addWidget(m_closing);

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &ProgressPage::updateElapsed);
    retranslate();
}

void ProgressPage::begin(const agentlink::OperationView& op, qint64 requestedAgoMs)
{
    m_unconfirmed = false;
    m_clockOffsetMs = requestedAgoMs;
    if (requestedAgoMs >= 0) {
        m_clock.start();
        m_tick.start();
    } else {
        m_clock.invalidate();
        m_tick.stop();
    }
    setOperation(op);
}

void ProgressPage::setOperation(const agentlink::OperationView& op)
{
    m_op = op;
    m_steps->setOperation(op);
    if (!op.isRunning() && !op.isNull())
        m_tick.stop();
    retranslate();
}

void ProgressPage::setStartUnconfirmed(bool unconfirmed)
{
    m_unconfirmed = unconfirmed;
    retranslate();
}

void ProgressPage::setConnectionLost(bool lost)
{
    if (lost == m_connectionLost)
        return;
    m_connectionLost = lost;
    retranslate();
}

void ProgressPage::updateElapsed()
{
    m_elapsed->setVisible(m_clock.isValid());
    if (m_clock.isValid())
        m_elapsed->setText(
            tr("Time since the request: %1").arg(SwitchoverText::duration(m_clockOffsetMs + m_clock.elapsed())));
}

void ProgressPage::retranslate()
{
    m_steps->setAccessibleName(tr("Steps completed so far"));
    m_headline->setText(m_op.isNull() ? tr("Waiting for the agents to report the operation…")
                                      : SwitchoverText::running(m_op));
    m_actor->setVisible(!m_op.actor.isEmpty());
    m_actor->setText(tr("Started by %1").arg(agentlink::EventText::actorLabel(m_op.actor)));
    m_closing->setText(SwitchoverText::closingNote());
    if (m_connectionLost)
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("The console has lost its connection to the nodes. The agents go on without it; "
                                "this window shows how the operation ended once the connection is back."));
    else if (m_unconfirmed)
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("The agents' answer to the start request was lost. If the switchover started, "
                                "the agents complete it or roll it back, and it appears here."));
    else
        m_notice->clearNotice();
    updateElapsed();
}

void ProgressPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace twinha::ui
