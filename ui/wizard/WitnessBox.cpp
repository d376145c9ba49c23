#include "ui/wizard/WitnessBox.h"

#include "agentlink/ErrorText.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ConfigRule.h"
#include "agentlink/protocol/Methods.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace twinha::ui {

WitnessBox::WitnessBox(QWidget* parent)
    : QWidget(parent)
    , m_help(wrappingLabel(this, "witnessHelp"))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_ttlLabel(new QLabel(this))
    , m_ttl(new QSpinBox(this))
    , m_ttlHelp(wrappingLabel(this, "witnessTtlHelp"))
    , m_etcd(wrappingLabel(this, "witnessEtcd"))
    , m_check(new QPushButton(this))
    , m_checkResult(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("witnessBox"));
    m_address->setObjectName(QStringLiteral("witnessAddress"));
    m_ttl->setObjectName(QStringLiteral("witnessTtl"));
    m_ttl->setRange(protocol::limits::kWitnessTtlMinMs, protocol::limits::kWitnessTtlMaxMs);
    m_ttl->setSingleStep(500);
    m_ttl->setValue(2000);
    m_addressLabel->setBuddy(m_address);
    m_ttlLabel->setBuddy(m_ttl);
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 36);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_ttlLabel, m_ttl);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_help);
    layout->addLayout(form);
    layout->addWidget(m_ttlHelp);
    layout->addWidget(m_etcd);
    m_check->setObjectName(QStringLiteral("witnessCheck"));
    m_checkResult->setObjectName(QStringLiteral("witnessCheckResult"));
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch();
    layout->addLayout(checkRow);
    layout->addWidget(m_checkResult);
    layout->addStretch();
    connect(m_check, &QPushButton::clicked, this, &WitnessBox::check);
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        resetCheck(); // a result for another address would mislead
        Q_EMIT changed();
    });
    connect(m_ttl, &QSpinBox::valueChanged, this, &WitnessBox::changed);
    retranslate();
}

void WitnessBox::setSession(WizardSession* session, const std::array<QString, 2>& names)
{
    m_session = session;
    m_names = names;
    resetCheck();
}

void WitnessBox::load(const WizardModel& model)
{
    m_address->setText(model.witnessAddress);
    m_ttl->setValue(model.witnessTtlMs);
    // etcd as the witness is set in cluster.toml by hand; the wizard shows it and leaves it alone.
    m_etcdUrls = model.witnessEtcd;
    m_address->setEnabled(m_etcdUrls.isEmpty());
    m_ttl->setEnabled(m_etcdUrls.isEmpty());
    resetCheck();
    retranslate();
}

void WitnessBox::store(WizardModel& model) const
{
    model.witnessAddress = m_address->text().trimmed();
    model.witnessTtlMs = m_ttl->value();
}

bool WitnessBox::isValidAddress(const QString& address)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\[[0-9A-Fa-f:.%]+\\]|[A-Za-z0-9._-]+):([0-9]{1,5})$")); // IPv6 in brackets
    const QRegularExpressionMatch m = re.match(address);
    return m.hasMatch() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 65535 &&
           !m.captured(1).startsWith(QLatin1Char('-'));
}

QString WitnessBox::problem(QWidget** field) const
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty() || isValidAddress(address))
        return {};
    *field = m_address;
    return tr("\"%1\" is not a witness address. Enter host:port, such as 10.0.0.9:5410 (IPv6 in brackets: "
              "[2001:db8::9]:5410).")
        .arg(address);
}

void WitnessBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WitnessBox::retranslate()
{
    m_help->setText(tr("A third host running \"twinha-agent witness\" grants each group's lease to one node at a "
                       "time, so that a network split cannot leave two active nodes. Leave the address empty for "
                       "none."));
    m_addressLabel->setText(tr("A&ddress:"));
    m_address->setPlaceholderText(tr("host:port, such as 10.0.0.9:5410"));
    m_address->setAccessibleName(tr("Witness address"));
    m_ttlLabel->setText(tr("&Lease TTL:"));
    m_ttl->setSuffix(tr(" ms"));
    m_ttl->setAccessibleName(tr("Lease TTL in milliseconds"));
    m_etcd->setText(m_etcdUrls.isEmpty() ? QString()
                                         : tr("This cluster's witness is etcd (%1), set in cluster.toml; the wizard "
                                              "leaves it as it is.")
                                               .arg(agentlink::StatusText::list(m_etcdUrls)));
    m_etcd->setVisible(!m_etcdUrls.isEmpty());
    m_check->setText(tr("Check &witness"));
    m_check->setToolTip(tr("Asks each connected node whether it reaches the witness. Nothing changes."));
    showCheck();
    m_ttlHelp->setText(tr("A takeover after a failure takes about one TTL: the standby waits until the old lease has "
                          "certainly run out. A shorter TTL takes over sooner but leaves less room for a slow network "
                          "to the witness."));
}

QString WitnessBox::checkTarget() const
{
    return m_etcdUrls.isEmpty() ? m_address->text().trimmed() : m_etcdUrls.first();
}

void WitnessBox::resetCheck()
{
    ++m_generation; // replies still on their way are dropped
    m_probes = {};
    m_asked.clear();
    m_check->setEnabled(!checkTarget().isEmpty());
    showCheck();
}

void WitnessBox::check()
{
    const QString target = checkTarget();
    QWidget* field = nullptr;
    if (const QString p = problem(&field); !p.isEmpty() || target.isEmpty()) {
        resetCheck();
        m_checkResult->showNotice(NoticeLabel::Kind::Error, p.isEmpty() ? tr("Enter the witness address first.") : p);
        m_address->setFocus();
        return;
    }
    resetCheck();
    m_asked = target;
    QJsonObject params;
    if (m_etcdUrls.isEmpty()) {
        params.insert(QStringLiteral("address"), target);
        params.insert(QStringLiteral("ttl_ms"), m_ttl->value());
    } else {
        params.insert(QStringLiteral("etcd"), QJsonArray::fromStringList(m_etcdUrls));
    }
    const int generation = m_generation;
    QPointer<WitnessBox> self(this);
    for (int node : {0, 1}) {
        m_probes[size_t(node)].sent =
            m_session && m_session->call(node, QString::fromLatin1(protocol::methods::kNodeProbeWitness), params,
                                         [self, generation, node](const protocol::RpcMessage& reply) {
                                             if (!self || self->m_generation != generation)
                                                 return;
                                             NodeProbe& p = self->m_probes[size_t(node)];
                                             p.done = true;
                                             p.error = reply.error;
                                             if (reply.error.isNull())
                                                 p.result = reply.result.toObject();
                                             self->showCheck();
                                         });
    }
    showCheck();
}

void WitnessBox::showCheck()
{
    if (m_asked.isEmpty()) {
        m_checkResult->clearNotice();
        return;
    }
    const bool anySent = m_probes[0].sent || m_probes[1].sent;
    if (!anySent) {
        m_check->setEnabled(true);
        m_checkResult->showNotice(NoticeLabel::Kind::Warning,
                                  tr("Neither node is connected, so the witness was not checked. Go back to the "
                                     "first page and connect to the nodes."));
        return;
    }
    QStringList lines;
    bool failed = false;
    bool waiting = false;
    for (size_t i = 0; i < 2; ++i) {
        const NodeProbe& p = m_probes[i];
        if (!p.sent)
            continue;
        if (!p.done) {
            waiting = true;
            lines << tr("%1: checking the witness at %2…").arg(m_names[i], m_asked);
        } else if (!p.error.isNull()) {
            failed = true;
            lines << tr("%1 could not check the witness. %2").arg(m_names[i], agentlink::ErrorText::describe(p.error));
        } else {
            bool f = false;
            lines << checkText(m_names[i], m_asked, p.result, &f);
            failed = failed || f;
        }
    }
    m_check->setEnabled(!waiting);
    if (!waiting && failed)
        lines << tr("The last check failed. You can still go on: the agents check the witness again at Apply.");
    m_checkResult->showNotice(waiting  ? NoticeLabel::Kind::Info
                              : failed ? NoticeLabel::Kind::Error
                                       : NoticeLabel::Kind::Info,
                              lines.join(QLatin1Char('\n')));
}

QString WitnessBox::checkText(const QString& node, const QString& asked, const QJsonObject& result, bool* failed)
{
    *failed = false;
    QString address = result.value(QStringLiteral("address")).toString();
    if (address.isEmpty())
        address = asked;
    const QString detail = result.value(QStringLiteral("detail")).toString().trimmed();
    const bool reachable = result.value(QStringLiteral("reachable")).toBool();
    if (result.value(QStringLiteral("kind")).toString() == QLatin1String("etcd")) {
        if (reachable)
            return detail.size() > 5 // "etcd " and a version
                       ? tr("%1 reaches etcd at %2: %3 answers.").arg(node, address, detail)
                       : tr("%1 reaches etcd at %2, and it answers.").arg(node, address);
        *failed = true;
        return detail.isEmpty()
                   ? tr("%1 gets no answer from etcd at %2: check the URL and the firewall.").arg(node, address)
                   : tr("%1 gets no answer from etcd at %2 (%3): check the URL and the firewall.")
                         .arg(node, address, detail);
    }
    if (!reachable) {
        *failed = true;
        QString port = address.section(QLatin1Char(':'), -1);
        if (port.isEmpty() || port.contains(QLatin1Char(']')))
            port = QStringLiteral("5410");
        const QString text = tr("The witness at %1 does not answer %2: check the address, the firewall (UDP %3) and "
                                "that twinha-witness runs on that host.")
                                 .arg(address, node, port);
        return detail.isEmpty() ? text : text + QLatin1Char(' ') + tr("The agent says: %1").arg(detail);
    }
    const QJsonValue knows = result.value(QStringLiteral("knows_cluster"));
    if (knows.isBool() && knows.toBool())
        return tr("%1 reaches the witness at %2, and it knows this cluster's key.").arg(node, address);
    if (knows.isBool()) {
        *failed = true;
        return tr("%1 reaches the witness at %2, but it does not have this cluster's key yet: copy "
                  "/etc/twinha/cluster.key to the witness host.")
            .arg(node, address);
    }
    return tr("%1 reaches the witness at %2. This cluster has no key yet: Apply makes it, then copy "
              "/etc/twinha/cluster.key to the witness host.")
        .arg(node, address);
}

} // namespace twinha::ui
