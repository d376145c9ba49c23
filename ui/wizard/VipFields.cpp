#include "ui/wizard/VipFields.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>

#include <utility>

namespace twinha::ui {

VipFields::VipFields(const WizardModel::Resource& resource, const std::array<QJsonObject, 2>& facts,
                     WizardSession* session, const std::array<QString, 2>& nodeNames, NoticeLabel* notice,
                     QFormLayout* form, QWidget* dialog)
    : ResourceFields(dialog)
    , m_facts(facts)
    , m_session(session)
    , m_nodeNames(nodeNames)
    , m_notice(notice)
    , m_probes(new AddressCheck(this))
{
    m_address = addField(dialog, form, &m_addressLabel, "vipAddress");
    m_address->setText(resource.address);
    m_address->setPlaceholderText(QStringLiteral("192.0.2.10/24"));
    m_interface = editableCombo(dialog, "vipInterface");
    m_interfaceLabel = new QLabel(dialog);
    m_interfaceLabel->setBuddy(m_interface);
    form->addRow(m_interfaceLabel, m_interface);
    // Both nodes' interfaces, each listed with its addresses there; loopback last.
    QMap<QString, std::array<QStringList, 2>> addresses;
    QStringList names;
    QStringList loopback;
    for (int node : {0, 1}) {
        for (const QJsonValue& v : m_facts[size_t(node)].value(QStringLiteral("interfaces")).toArray()) {
            const QJsonObject i = v.toObject();
            const QString name = i.value(QStringLiteral("name")).toString();
            QStringList& list = i.value(QStringLiteral("loopback")).toBool() ? loopback : names;
            if (!names.contains(name) && !loopback.contains(name))
                list << name;
            for (const QJsonValue& a : i.value(QStringLiteral("addresses")).toArray())
                addresses[name][size_t(node)] << a.toString();
        }
    }
    for (const QString& name : names + loopback)
        m_interface->addItem(name, QVariant::fromValue(addresses.value(name)[0].join(QStringLiteral(", "))));
    setComboText(m_interface, resource.interface);

    m_check = new QPushButton(dialog);
    m_check->setObjectName(QStringLiteral("checkVip"));
    m_checkResult = wrappingLabel(dialog, "vipCheckResult");
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addStretch();
    form->addRow(row);
    form->addRow(m_checkResult);
    connect(m_check, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_address, &QLineEdit::editingFinished, this, &VipFields::suggestInterface);
    // A result for another address must not look like one for this address.
    connect(m_address, &QLineEdit::textChanged, this, &VipFields::forgetCheck);
    connect(m_interface, &QComboBox::currentTextChanged, this, &VipFields::forgetCheck);
    connect(m_probes, &AddressCheck::finished, this, &VipFields::onChecked);
}

void VipFields::setHeldAddresses(const QStringList& addresses)
{
    m_heldAddresses.clear();
    for (const QString& a : addresses)
        m_heldAddresses << a.section(QLatin1Char('/'), 0, 0);
}

QString VipFields::title() const
{
    return tr("Virtual IP address");
}

QString VipFields::intro() const
{
    return tr("A virtual IP address moves with the group: the active node adds it to the interface and announces "
              "it, so clients always reach the active node at the same address.");
}

void VipFields::retranslate()
{
    m_addressLabel->setText(tr("&Address with prefix:"));
    m_address->setAccessibleName(tr("Virtual IP address with prefix length"));
    m_interfaceLabel->setText(tr("&Interface:"));
    m_interface->setAccessibleName(tr("Network interface of the virtual IP address"));
    for (int i = 0; i < m_interface->count(); ++i) {
        const QString addresses = m_interface->itemData(i).toString();
        m_interface->setItemData(
            i, addresses.isEmpty() ? QString() : tr("%1 (%2)").arg(m_interface->itemText(i), addresses),
            LabelledItemDelegate::kLabelRole);
    }
    m_check->setText(tr("Check address"));
    m_check->setAccessibleName(tr("Check the address on both nodes"));
    if (!m_probes->key().isEmpty() && !m_probes->running())
        showCheck();
}

void VipFields::store(WizardModel::Resource& r) const
{
    r.address = m_address->text().trimmed();
    r.interface = m_interface->currentText().trimmed();
}

void VipFields::suggestInterface()
{
    if (!m_interface->currentText().trimmed().isEmpty())
        return;
    const QHostAddress vip(m_address->text().trimmed().section(QLatin1Char('/'), 0, 0));
    if (vip.isNull())
        return;
    // The interface of the first node whose subnet holds the address.
    for (const QJsonValue& v : m_facts[0].value(QStringLiteral("interfaces")).toArray()) {
        for (const QJsonValue& a : v[QStringLiteral("addresses")].toArray()) {
            if (vip.isInSubnet(QHostAddress::parseSubnet(a.toString()))) {
                setComboText(m_interface, v[QStringLiteral("name")].toString());
                return;
            }
        }
    }
}

bool VipFields::readyToAccept()
{
    // An address that already answers would fight the cluster for its traffic, so both nodes
    // are asked before it is accepted, and asked again after a conflict (it may be free now).
    if (m_probes->key() != key() || (!m_probes->running() && m_severity == AddressCheck::Severity::Error)) {
        check(true);
        return false;
    }
    if (m_probes->running()) {
        m_acceptWhenFine = true;
        return false;
    }
    return true;
}

QString VipFields::addressProblem(QWidget** field, bool requireInterface) const
{
    const QString address = m_address->text().trimmed();
    const QString interface = m_interface->currentText().trimmed();
    *field = m_address;
    if (address.isEmpty())
        return tr("Enter the virtual IP address with its prefix length, for example 192.0.2.10/24.");
    if (!address.contains(QLatin1Char('/')) || QHostAddress::parseSubnet(address).first.isNull())
        return tr("\"%1\" is not an address with a prefix length. Write it like 192.0.2.10/24 or 2001:db8::10/64.")
            .arg(address);
    *field = m_interface;
    if (interface.isEmpty() && requireInterface)
        return tr("Choose the network interface that carries the address, for example eth0.");
    if (hasSpace(interface))
        return tr("\"%1\" is not an interface name. Choose one of the list or type a name like eth0.").arg(interface);
    *field = nullptr;
    return {};
}

QString VipFields::key() const
{
    return m_address->text().trimmed() + QLatin1Char('\n') + m_interface->currentText().trimmed();
}

void VipFields::check(bool acceptWhenFine)
{
    QWidget* field = nullptr;
    if (const QString problem = addressProblem(&field, false); !problem.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Error, problem);
        m_notice->clearWhenEdited(field);
        field->setFocus();
        return;
    }
    m_checkResult->clear();
    m_acceptWhenFine = acceptWhenFine;
    const QString address = m_address->text().trimmed();
    m_probes->start(m_session, address, m_interface->currentText().trimmed(), key()); // finished() may come at once
    if (m_probes->running()) {
        m_check->setEnabled(false);
        m_notice->showNotice(NoticeLabel::Kind::Info, tr("Checking %1 on both nodes…").arg(address));
    }
}

void VipFields::onChecked()
{
    m_check->setEnabled(true);
    showCheck();
    if (std::exchange(m_acceptWhenFine, false) && m_severity == AddressCheck::Severity::Fine)
        Q_EMIT acceptable();
}

void VipFields::showCheck()
{
    m_checkResult->setText(m_probes->lines(m_nodeNames, m_heldAddresses, &m_severity).join(QLatin1Char('\n')));
    const QString address = m_address->text().trimmed().section(QLatin1Char('/'), 0, 0);
    switch (m_severity) {
    case AddressCheck::Severity::Error:
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("%1 is already in use. Choose an address no other host has: the cluster adds it on "
                                "the active node by itself.")
                                 .arg(address));
        break;
    case AddressCheck::Severity::Warning:
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("Read the warnings above. To keep this address anyway, press OK again."));
        break;
    case AddressCheck::Severity::Fine:
        m_notice->showNotice(NoticeLabel::Kind::Info,
                             tr("%1 is free and fits the interface on both nodes.").arg(address));
        break;
    }
}

void VipFields::forgetCheck()
{
    if (m_probes->key().isEmpty() || key() == m_probes->key())
        return;
    m_probes->reset(); // a check still running was for the old address
    m_acceptWhenFine = false;
    m_check->setEnabled(true);
    m_checkResult->clear();
    m_notice->clearNotice();
}

} // namespace twinha::ui
