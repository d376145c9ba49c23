#include "ui/wizard/PostgresCopy.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Methods.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace twinha::ui {

namespace {
constexpr int kCopyTimeoutMs = 12 * 3600 * 1000; // the agent's own limit for pg_basebackup

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

PostgresCopy::PostgresCopy(QWidget* parent)
    : QWidget(parent)
    , m_text(wrappingLabel(this, "postgresCopyText"))
    , m_start(new QPushButton(this))
    , m_bar(new QProgressBar(this))
    , m_result(wrappingLabel(this, "postgresCopyResult"))
{
    m_start->setObjectName(QStringLiteral("postgresCopy"));
    m_bar->setObjectName(QStringLiteral("postgresCopyProgress"));
    m_bar->setVisible(false);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addWidget(m_bar, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(row);
    layout->addWidget(m_result);
    connect(m_start, &QPushButton::clicked, this, &PostgresCopy::start);
    setVisible(false);
    retranslate();
}

void PostgresCopy::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PostgresCopy::retranslate()
{
    const QJsonObject& c = m_offer.standbyCluster;
    m_text->setText(
        tr("The cluster %1/%2 on %3 is not a copy of the primary on %4. Copying makes it one, a standby "
           "(pg_basebackup). It must be stopped; what its data folder %5 holds now is kept beside it.")
            .arg(text(c, "version"), text(c, "name"), m_offer.standbyName, m_offer.primaryName, text(c, "data_dir")));
    m_start->setText(tr("Copy from the primary"));
    m_start->setAccessibleName(tr("Copy the primary's cluster to %1").arg(m_offer.standbyName));
    m_bar->setAccessibleName(tr("Progress of the copy"));
}

void PostgresCopy::setOffer(WizardSession* session, const Offer& offer)
{
    if (m_running)
        return;
    m_session = session;
    m_offer = offer;
    setVisible(offer.standbyNode >= 0);
    retranslate();
}

void PostgresCopy::start()
{
    const QJsonObject params{{QStringLiteral("version"), text(m_offer.standbyCluster, "version")},
                             {QStringLiteral("cluster"), text(m_offer.standbyCluster, "name")},
                             {QStringLiteral("source_host"), m_offer.sourceHost},
                             {QStringLiteral("source_port"), m_offer.sourcePort},
                             {QStringLiteral("replication_user"), m_offer.user}};
    QPointer<PostgresCopy> self(this);
    const bool sent =
        m_session && m_session->call(
                         m_offer.standbyNode, QString::fromLatin1(protocol::methods::kPostgresBasebackup), params,
                         [self](const protocol::RpcMessage& reply) {
                             if (self)
                                 self->onReply(reply);
                         },
                         kCopyTimeoutMs);
    if (!sent) {
        m_result->setText(tr("Not connected to %1. Reconnect, then try again.").arg(m_offer.standbyName));
        return;
    }
    m_running = true;
    m_start->setEnabled(false);
    // The bar counts KiB: a QProgressBar holds an int.
    m_bar->setRange(0, int(std::clamp<qint64>(m_offer.expectedBytes / 1024, 0, INT_MAX)));
    m_bar->setValue(0);
    m_bar->setVisible(true);
    m_result->setText(tr("Copying from %1…").arg(m_offer.primaryName));
    m_progress = connect(m_session->client(m_offer.standbyNode), &agentlink::AgentClient::notificationReceived, this,
                         &PostgresCopy::onProgress);
}

void PostgresCopy::onProgress(const QString& method, const QJsonObject& params)
{
    if (method != QLatin1String(protocol::methods::kPostgresBasebackupProgress) ||
        text(params, "cluster") != text(m_offer.standbyCluster, "name"))
        return;
    const qint64 bytes = params.value(QStringLiteral("bytes")).toInteger();
    if (m_bar->maximum() > 0)
        m_bar->setValue(int(std::min<qint64>(bytes / 1024, m_bar->maximum())));
    m_result->setText(tr("Copying from %1: %2 so far.").arg(m_offer.primaryName, QLocale().formattedDataSize(bytes)));
}

void PostgresCopy::onReply(const protocol::RpcMessage& reply)
{
    disconnect(m_progress);
    m_running = false;
    m_start->setEnabled(true);
    if (!reply.error.isNull()) {
        m_bar->setVisible(false);
        m_result->setText(tr("The copy failed: %1").arg(agentlink::ErrorText::describe(reply.error)));
        return;
    }
    m_bar->setValue(m_bar->maximum());
    const QJsonObject r = reply.result.toObject();
    const QString kept = text(r, "kept");
    m_result->setText(
        kept.isEmpty()
            ? tr("Copied %1. Start the cluster on %2: it follows the primary.")
                  .arg(QLocale().formattedDataSize(r.value(QStringLiteral("bytes")).toInteger()), m_offer.standbyName)
            : tr("Copied %1; the folder's old content is in %2. Start the cluster on %3: it follows "
                 "the primary.")
                  .arg(QLocale().formattedDataSize(r.value(QStringLiteral("bytes")).toInteger()), kept,
                       m_offer.standbyName));
    Q_EMIT copied();
}

} // namespace twinha::ui
