#include "ui/wizard/ResourceEditor.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Methods.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace twinha::ui {

namespace {

QComboBox* editableCombo(QWidget* parent, const char* objectName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setItemDelegate(new LabelledItemDelegate(box));
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return box;
}

void setComboText(QComboBox* box, const QString& text)
{
    const int i = box->findText(text);
    box->setCurrentIndex(i);
    if (i < 0)
        box->setEditText(text);
}

bool hasSpace(const QString& s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

// systemd_unavailable is an RpcError's wire form; a bare {code, params} is read as well.
protocol::RpcError unavailableReason(const QJsonObject& facts)
{
    const QJsonObject o = facts.value(QStringLiteral("systemd_unavailable")).toObject();
    if (o.isEmpty())
        return {};
    if (o.value(QStringLiteral("code")).isString())
        return protocol::RpcError::make(o.value(QStringLiteral("code")).toString(),
                                        o.value(QStringLiteral("params")).toObject());
    return protocol::RpcError::fromJson(o);
}

QJsonArray units(const QJsonObject& facts)
{
    return facts.value(QStringLiteral("systemd_units")).toArray();
}

} // namespace

ResourceEditor::ResourceEditor(const WizardModel::Resource& resource, const QStringList& takenNames,
                               WizardSession* session, const std::array<QString, 2>& nodeNames, QWidget* parent)
    : GrowingDialog(parent)
    , m_resource(resource)
    , m_taken(takenNames)
    , m_session(session)
    , m_nodeNames(nodeNames)
    , m_intro(wrappingLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resourceEditor"));
    // Wide enough that the explanations and check results read as sentences, in any font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_notice->setObjectName(QStringLiteral("resourceNotice"));
    if (session)
        m_facts = {session->facts(0), session->facts(1)};

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = addField(form, &m_nameLabel, "resourceName");
    m_name->setText(resource.name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    if (resource.type == QLatin1String("vip"))
        buildVip(form);
    else if (resource.type == QLatin1String("systemd"))
        buildService(form);
    else
        buildScript(form);
    layout->addStretch();
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResourceEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResourceEditor::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_autoName.clear(); });
    retranslate();
}

void ResourceEditor::setHeldAddresses(const QStringList& addresses)
{
    m_heldAddresses.clear();
    for (const QString& a : addresses)
        m_heldAddresses << a.section(QLatin1Char('/'), 0, 0);
}

QLineEdit* ResourceEditor::addField(QFormLayout* form, QLabel** label, const char* objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    *label = new QLabel(this);
    (*label)->setBuddy(edit);
    form->addRow(*label, edit);
    return edit;
}

void ResourceEditor::buildVip(QFormLayout* form)
{
    m_address = addField(form, &m_addressLabel, "vipAddress");
    m_address->setText(m_resource.address);
    m_address->setPlaceholderText(QStringLiteral("192.0.2.10/24"));
    m_interface = editableCombo(this, "vipInterface");
    m_interfaceLabel = new QLabel(this);
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
    setComboText(m_interface, m_resource.interface);

    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("checkVip"));
    m_checkResult = wrappingLabel(this, "vipCheckResult");
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addStretch();
    form->addRow(row);
    form->addRow(m_checkResult);
    connect(m_check, &QPushButton::clicked, this, [this] { checkVip(false); });
    connect(m_address, &QLineEdit::editingFinished, this, &ResourceEditor::suggestInterface);
    // A result for another address must not look like one for this address.
    const auto stale = [this] {
        if (m_probedKey.isEmpty() || vipKey() == m_probedKey)
            return;
        m_probedKey.clear();
        ++m_probeGeneration; // a check still running was for the old address
        m_probing = false;
        m_acceptWhenFine = false;
        m_check->setEnabled(true);
        m_checkResult->clear();
        m_notice->clearNotice();
    };
    connect(m_address, &QLineEdit::textChanged, this, stale);
    connect(m_interface, &QComboBox::currentTextChanged, this, stale);
    if (m_resource.name.isEmpty())
        suggestName(QStringLiteral("ip"));
}

void ResourceEditor::buildService(QFormLayout* form)
{
    m_unit = editableCombo(this, "serviceUnit");
    m_unitLabel = new QLabel(this);
    m_unitLabel->setBuddy(m_unit);
    form->addRow(m_unitLabel, m_unit);
    m_unitDetail = wrappingLabel(this, "serviceDetail");
    m_unavailable = wrappingLabel(this, "serviceUnavailable");
    form->addRow(m_unitDetail);
    form->addRow(m_unavailable);
    QMap<QString, QString> descriptions; // sorted by unit name, both nodes merged
    for (const QJsonObject& facts : m_facts)
        for (const QJsonValue& v : units(facts)) {
            const QJsonObject u = v.toObject();
            QString& d = descriptions[u.value(QStringLiteral("name")).toString()];
            if (d.isEmpty())
                d = u.value(QStringLiteral("description")).toString();
        }
    for (auto it = descriptions.cbegin(); it != descriptions.cend(); ++it)
        m_unit->addItem(it.key(), it.value());
    setComboText(m_unit, m_resource.unit);
    connect(m_unit, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        updateUnitDetail();
        QString base = text.trimmed();
        base.remove(QRegularExpression(QStringLiteral("\\.service$")));
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
        base.remove(QRegularExpression(QStringLiteral("^[^A-Za-z0-9]+")));
        if (!base.isEmpty() && (m_name->text().isEmpty() || m_name->text() == m_autoName))
            suggestName(base.left(60));
    });
    if (m_resource.name.isEmpty())
        suggestName(QStringLiteral("service"));
}

void ResourceEditor::buildScript(QFormLayout* form)
{
    m_start = addField(form, &m_startLabel, "scriptStart");
    m_start->setText(m_resource.start);
    m_start->setPlaceholderText(QStringLiteral("/usr/local/sbin/myapp start"));
    m_stop = addField(form, &m_stopLabel, "scriptStop");
    m_stop->setText(m_resource.stop);
    m_stop->setPlaceholderText(QStringLiteral("/usr/local/sbin/myapp stop"));
    m_status = addField(form, &m_statusLabel, "scriptStatus");
    m_status->setText(m_resource.status);
    m_status->setPlaceholderText(QStringLiteral("/usr/local/sbin/myapp status"));
    m_runAs = addField(form, &m_runAsLabel, "scriptRunAs");
    m_runAs->setText(m_resource.runAs);
    if (m_resource.name.isEmpty())
        suggestName(QStringLiteral("script"));
}

void ResourceEditor::suggestName(const QString& base)
{
    QString name = base;
    for (int n = 2; m_taken.contains(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    m_name->setText(name);
    m_autoName = name;
}

void ResourceEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    GrowingDialog::changeEvent(event);
}

void ResourceEditor::retranslate()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Resource name"));
    m_name->setToolTip(tr("Letters, digits, \"-\" and \"_\"; shown in the console and the journal."));
    if (m_address) {
        setWindowTitle(tr("Virtual IP address"));
        m_intro->setText(tr("A virtual IP address moves with the group: the active node adds it to the interface "
                            "and announces it, so clients always reach the active node at the same address."));
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
        if (!m_probedKey.isEmpty() && !m_probing)
            showProbes();
    } else if (m_unit) {
        setWindowTitle(tr("Service"));
        m_intro->setText(tr("The cluster starts this systemd service on the active node and stops it on the other. "
                            "Disable it at boot on both nodes (systemctl disable), so that only the cluster starts "
                            "it."));
        m_unitLabel->setText(tr("systemd &unit:"));
        m_unit->setAccessibleName(tr("systemd unit"));
        for (int i = 0; i < m_unit->count(); ++i) {
            const QString description = m_unit->itemData(i).toString();
            m_unit->setItemData(i,
                                description.isEmpty() ? QString() : tr("%1 (%2)").arg(m_unit->itemText(i), description),
                                LabelledItemDelegate::kLabelRole);
            m_unit->setItemData(i, description, Qt::ToolTipRole);
        }
        QStringList reasons;
        for (int node : {0, 1})
            if (const protocol::RpcError e = unavailableReason(m_facts[size_t(node)]); !e.isNull())
                reasons << tr("%1: %2").arg(m_nodeNames[size_t(node)], agentlink::ErrorText::describe(e));
        m_unavailable->setText(reasons.join(QLatin1Char('\n')));
        m_unavailable->setVisible(!reasons.isEmpty());
        updateUnitDetail();
    } else {
        setWindowTitle(tr("Script"));
        m_intro->setText(tr("The cluster runs your commands on the active node. The status command must exit with 0 "
                            "while the resource runs, and with anything else when it is stopped."));
        m_startLabel->setText(tr("&Start command:"));
        m_start->setAccessibleName(tr("Start command"));
        m_stopLabel->setText(tr("S&top command:"));
        m_stop->setAccessibleName(tr("Stop command"));
        m_statusLabel->setText(tr("Stat&us command:"));
        m_status->setAccessibleName(tr("Status command (exit 0 = running)"));
        m_runAsLabel->setText(tr("Run &as user:"));
        m_runAs->setAccessibleName(tr("User the commands run as"));
        m_runAs->setToolTip(tr("The three commands run as this user on both nodes. Keep root only if they need it: "
                               "whoever may change this cluster's configuration decides what runs as root."));
    }
}

void ResourceEditor::updateUnitDetail()
{
    const QString unit = m_unit->currentText().trimmed();
    QString description;
    QStringList states;
    for (int node : {0, 1}) {
        const QJsonObject& facts = m_facts[size_t(node)];
        if (facts.isEmpty() || !unavailableReason(facts).isNull())
            continue; // nothing known about this node's units
        QString state;
        for (const QJsonValue& v : units(facts)) {
            const QJsonObject u = v.toObject();
            if (u.value(QStringLiteral("name")).toString() == unit) {
                description = u.value(QStringLiteral("description")).toString();
                state = tr("%1 (%2)").arg(u.value(QStringLiteral("active")).toString(),
                                          u.value(QStringLiteral("sub")).toString());
            }
        }
        states << (state.isEmpty() ? tr("%1 has no such unit; install it there before the group can run on it.")
                                         .arg(m_nodeNames[size_t(node)])
                                   : tr("On %1: %2.").arg(m_nodeNames[size_t(node)], state));
    }
    if (unit.isEmpty())
        states.clear();
    const QString text = states.join(QLatin1Char(' '));
    m_unitDetail->setText(description.isEmpty() ? text : description + QLatin1Char('\n') + text);
}

void ResourceEditor::suggestInterface()
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

WizardModel::Resource ResourceEditor::resource() const
{
    WizardModel::Resource r;
    r.type = m_resource.type;
    r.name = m_name->text().trimmed();
    if (m_address) {
        r.address = m_address->text().trimmed();
        r.interface = m_interface->currentText().trimmed();
    } else if (m_unit) {
        r.unit = m_unit->currentText().trimmed();
    } else {
        r.start = m_start->text().trimmed();
        r.stop = m_stop->text().trimmed();
        r.status = m_status->text().trimmed();
        r.runAs = m_runAs->text().trimmed();
    }
    return r;
}

QString ResourceEditor::validate(QWidget** field) const
{
    const WizardModel::Resource r = resource();
    *field = m_name;
    if (r.name.isEmpty())
        return tr("Enter a name for this resource.");
    if (!isValidConfigName(r.name))
        return tr("The name \"%1\" is not valid. Use up to 63 letters, digits, \"-\" or \"_\", starting with a letter "
                  "or digit.")
            .arg(r.name);
    if (m_taken.contains(r.name))
        return tr("This group already has a resource called \"%1\". Choose another name.").arg(r.name);
    if (m_address) {
        if (QString problem = vipProblem(field, true); !problem.isEmpty())
            return problem;
    } else if (m_unit) {
        *field = m_unit;
        if (r.unit.isEmpty())
            return tr("Choose the systemd unit the cluster starts and stops, or type its name.");
        if (hasSpace(r.unit))
            return tr("\"%1\" is not a unit name. Choose one of the list or type a name like postfix.service.")
                .arg(r.unit);
    } else {
        const std::array<std::pair<QLineEdit*, QString>, 3> commands{{
            {m_start, tr("Enter the command that starts the resource.")},
            {m_stop, tr("Enter the command that stops the resource.")},
            {m_status, tr("Enter the command that tells whether the resource runs: exit status 0 means it runs.")},
        }};
        for (const auto& [edit, message] : commands) {
            *field = edit;
            if (edit->text().trimmed().isEmpty())
                return message;
        }
        *field = m_runAs;
        if (r.runAs.isEmpty() || hasSpace(r.runAs) || r.runAs.startsWith(QLatin1Char('-')))
            return tr("Enter the user the commands run as, such as root or the service's own user.");
    }
    *field = nullptr;
    return {};
}

void ResourceEditor::accept()
{
    QWidget* field = nullptr;
    if (const QString problem = validate(&field); !problem.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Error, problem);
        m_notice->clearWhenEdited(field);
        if (field)
            field->setFocus();
        return;
    }
    if (m_address) {
        // An address that already answers would fight the cluster for its traffic, so both nodes
        // are asked before it is accepted, and asked again after a conflict (it may be free now).
        if (m_probedKey != vipKey() || (!m_probing && m_probeSeverity == Severity::Error))
            return checkVip(true);
        if (m_probing) {
            m_acceptWhenFine = true;
            return;
        }
    }
    GrowingDialog::accept();
}

QString ResourceEditor::vipProblem(QWidget** field, bool requireInterface) const
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

QString ResourceEditor::vipKey() const
{
    return m_address->text().trimmed() + QLatin1Char('\n') + m_interface->currentText().trimmed();
}

void ResourceEditor::checkVip(bool acceptWhenFine)
{
    QWidget* field = nullptr;
    if (const QString problem = vipProblem(&field, false); !problem.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Error, problem);
        m_notice->clearWhenEdited(field);
        field->setFocus();
        return;
    }
    m_probedKey = vipKey();
    m_probes = {};
    m_checkResult->clear();
    m_acceptWhenFine = acceptWhenFine;
    const int generation = ++m_probeGeneration;
    const QString address = m_address->text().trimmed();
    QJsonObject params{{QStringLiteral("address"), address}};
    if (const QString interface = m_interface->currentText().trimmed(); !interface.isEmpty())
        params.insert(QStringLiteral("interface"), interface);
    // Replies may come after the dialog closed or the address changed: both are ignored.
    QPointer<ResourceEditor> self(this);
    for (int node : {0, 1}) {
        m_probes[size_t(node)].sent =
            m_session && m_session->call(node, QString::fromLatin1(protocol::methods::kNodeProbeAddress), params,
                                         [self, generation, node](const protocol::RpcMessage& reply) {
                                             if (self && self->m_probeGeneration == generation)
                                                 self->onProbe(node, reply);
                                         });
    }
    m_probing = m_probes[0].sent || m_probes[1].sent;
    m_check->setEnabled(!m_probing);
    if (m_probing)
        m_notice->showNotice(NoticeLabel::Kind::Info, tr("Checking %1 on both nodes…").arg(address));
    else
        showProbes();
}

void ResourceEditor::onProbe(int node, const protocol::RpcMessage& reply)
{
    Probe& p = m_probes[size_t(node)];
    p.done = true;
    p.error = reply.error;
    if (reply.error.isNull())
        p.result = reply.result.toObject();
    const auto settled = [](const Probe& q) { return q.done || !q.sent; };
    if (settled(m_probes[0]) && settled(m_probes[1])) {
        m_probing = false;
        m_check->setEnabled(true);
        showProbes();
        if (m_acceptWhenFine && m_probeSeverity == Severity::Fine)
            GrowingDialog::accept();
        m_acceptWhenFine = false;
    }
}

void ResourceEditor::showProbes()
{
    m_probeSeverity = Severity::Fine;
    QStringList lines;
    for (int node : {0, 1}) {
        Severity s = Severity::Fine;
        lines << probeLine(node, &s);
        m_probeSeverity = std::max(m_probeSeverity, s);
    }
    m_checkResult->setText(lines.join(QLatin1Char('\n')));
    const QString address = m_address->text().trimmed().section(QLatin1Char('/'), 0, 0);
    switch (m_probeSeverity) {
    case Severity::Error:
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("%1 is already in use. Choose an address no other host has: the cluster adds it on "
                                "the active node by itself.")
                                 .arg(address));
        break;
    case Severity::Warning:
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("Read the warnings above. To keep this address anyway, press OK again."));
        break;
    case Severity::Fine:
        m_notice->showNotice(NoticeLabel::Kind::Info,
                             tr("%1 is free and fits the interface on both nodes.").arg(address));
        break;
    }
}

QString ResourceEditor::probeLine(int node, Severity* severity) const
{
    const QString& name = m_nodeNames[size_t(node)];
    const Probe& p = m_probes[size_t(node)];
    if (!p.sent) {
        *severity = Severity::Warning;
        return tr("%1: not connected, so the address was not checked there.").arg(name);
    }
    if (!p.error.isNull()) {
        *severity = Severity::Warning;
        return tr("%1: the check failed. %2").arg(name, agentlink::ErrorText::describe(p.error));
    }
    const QString address = p.result.value(QStringLiteral("address")).toString();
    const QString interface = p.result.value(QStringLiteral("interface")).toString();
    const QString how = p.result.value(QStringLiteral("how")).toString();
    QString subnet;
    if (p.result.value(QStringLiteral("in_subnet")).toBool()) {
        subnet = tr("%1 is inside the subnet of %2.").arg(address, interface);
    } else {
        *severity = Severity::Warning;
        subnet = interface.isEmpty()
                     ? tr("%1 is in the subnet of none of this node's interfaces, so other hosts may not reach it.")
                           .arg(address)
                     : tr("%1 is not inside the subnet of %2, so other hosts may not reach it. Check the prefix "
                          "and the interface.")
                           .arg(address, interface);
    }
    QString answer;
    if (!p.result.value(QStringLiteral("answering")).toBool()) {
        if (how == QLatin1String("none")) {
            *severity = std::max(*severity, Severity::Warning);
            answer = tr("Whether something answers on it could not be tested (%1).")
                         .arg(p.result.value(QStringLiteral("detail")).toString());
        } else {
            answer = tr("Nothing answers on it.");
        }
    } else if (m_heldAddresses.contains(address)) {
        answer = tr("It answers, as expected: the cluster holds this address now.");
    } else if (how == QLatin1String("local")) {
        *severity = Severity::Error;
        answer = tr("It is already assigned on this node. Remove it from the node's network settings: the cluster "
                    "adds and removes it by itself.");
    } else {
        *severity = Severity::Error;
        answer = tr("Something already answers on it (found with %1): another host uses this address.").arg(how);
    }
    return tr("%1: %2 %3").arg(name, subnet, answer);
}

} // namespace twinha::ui
