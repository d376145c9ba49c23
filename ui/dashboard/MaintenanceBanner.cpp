#include "ui/dashboard/MaintenanceBanner.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/MaintenanceText.h"
#include "ui/dashboard/FactAge.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/SwitchoverClient.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace twinha::ui {

using protocol::RpcMessage;

MaintenanceBanner::MaintenanceBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_end(new QPushButton(this))
    , m_notice(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("maintenanceBanner"));
    // The warning tint of the inline notices, across the whole width: impossible to overlook.
    setStyleSheet(QStringLiteral("#maintenanceBanner { background: rgba(230, 150, 0, 60); border: 2px solid #e69600; "
                                 "border-radius: 4px; }"));
    m_text->setObjectName(QStringLiteral("maintenanceText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_end->setObjectName(QStringLiteral("endMaintenance"));
    m_notice->setObjectName(QStringLiteral("maintenanceNotice"));
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_text, 0, 0);
    layout->addWidget(m_end, 0, 1, Qt::AlignVCenter);
    layout->addWidget(m_notice, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    connect(m_end, &QPushButton::clicked, this, &MaintenanceBanner::endMaintenance);
    render();
}

void MaintenanceBanner::setMonitor(agentlink::ClusterMonitor* monitor)
{
    if (monitor == m_monitor)
        return;
    delete m_client;
    m_client = monitor ? new SwitchoverClient(monitor, this) : nullptr;
    m_monitor = monitor;
    m_sending = false;
    m_notice->clearNotice();
    m_maintenance = {};
    render();
}

void MaintenanceBanner::setMaintenance(const agentlink::MaintenanceView& maintenance)
{
    m_maintenance = maintenance;
    render();
}

QString MaintenanceBanner::text() const
{
    return m_text->text();
}

void MaintenanceBanner::endMaintenance()
{
    if (!m_client || m_sending)
        return;
    m_sending = true;
    m_notice->clearNotice();
    const bool sent = m_client->setMaintenance(false, QString(), [this](const RpcMessage& reply) {
        m_sending = false;
        if (reply.kind == RpcMessage::Kind::Error)
            m_notice->showNotice(NoticeLabel::Kind::Error, agentlink::ErrorText::describe(reply.error));
        // Success shows in the next status push, which hides the banner.
        render();
    });
    if (!sent) {
        m_sending = false;
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("The console is connected to neither agent right now; each node's card says why."));
    }
    render();
}

void MaintenanceBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

void MaintenanceBanner::render()
{
    QString text = agentlink::MaintenanceText::banner(m_maintenance);
    // The word of a node the console does not hear now: said as such, with since when.
    for (int i = 0; m_monitor && !text.isEmpty() && i < m_monitor->nodeCount(); ++i) {
        const agentlink::FactSource source = agentlink::FactSource::of(m_monitor->node(i));
        if (source.node == m_maintenance.reportedBy && !source.live && source.known())
            text += QLatin1Char('\n') + FactAge::asSaidBy(source, QDateTime::currentDateTime());
    }
    m_text->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    m_text->setAccessibleName(text);
    m_end->setText(m_sending ? tr("Ending…") : tr("&End maintenance"));
    m_end->setToolTip(tr("The agents act by themselves again: they start, stop and move groups as the configuration "
                         "says, and fail over after a failure."));
    m_end->setEnabled(!m_sending && m_client);
    if (!m_maintenance.isOn())
        m_notice->clearNotice();
    setVisible(m_maintenance.isOn());
}

} // namespace twinha::ui
