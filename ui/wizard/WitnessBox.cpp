#include "ui/wizard/WitnessBox.h"

#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardWidgets.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
{
    setObjectName(QStringLiteral("witnessBox"));
    m_address->setObjectName(QStringLiteral("witnessAddress"));
    m_ttl->setObjectName(QStringLiteral("witnessTtl"));
    m_ttl->setRange(1000, 600000); // the agent's range
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
    layout->addStretch();
    connect(m_address, &QLineEdit::textChanged, this, &WitnessBox::changed);
    connect(m_ttl, &QSpinBox::valueChanged, this, &WitnessBox::changed);
    retranslate();
}

void WitnessBox::load(const WizardModel& model)
{
    m_address->setText(model.witnessAddress);
    m_ttl->setValue(model.witnessTtlMs);
    // etcd as the witness is set in cluster.toml by hand; the wizard shows it and leaves it alone.
    m_etcdUrls = model.witnessEtcd;
    m_address->setEnabled(m_etcdUrls.isEmpty());
    m_ttl->setEnabled(m_etcdUrls.isEmpty());
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
                                               .arg(m_etcdUrls.join(QStringLiteral(", "))));
    m_etcd->setVisible(!m_etcdUrls.isEmpty());
    m_ttlHelp->setText(tr("A takeover after a failure takes about one TTL: the standby waits until the old lease has "
                          "certainly run out. A shorter TTL takes over sooner but leaves less room for a slow network "
                          "to the witness."));
}

} // namespace twinha::ui
