#include "ui/wizard/ServiceFields.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/RpcError.h"
#include "ui/wizard/WizardWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMap>
#include <QRegularExpression>

namespace twinha::ui {

namespace {

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

ServiceFields::ServiceFields(const WizardModel::Resource& resource, const std::array<QJsonObject, 2>& facts,
                             const std::array<QString, 2>& nodeNames, QFormLayout* form, QWidget* dialog)
    : ResourceFields(dialog)
    , m_facts(facts)
    , m_nodeNames(nodeNames)
{
    m_unit = editableCombo(dialog, "serviceUnit");
    m_unitLabel = new QLabel(dialog);
    m_unitLabel->setBuddy(m_unit);
    form->addRow(m_unitLabel, m_unit);
    m_unitDetail = wrappingLabel(dialog, "serviceDetail");
    m_unavailable = wrappingLabel(dialog, "serviceUnavailable");
    form->addRow(m_unitDetail);
    form->addRow(m_unavailable);
    QMap<QString, QString> descriptions; // sorted by unit name, both nodes merged
    for (const QJsonObject& f : m_facts)
        for (const QJsonValue& v : units(f)) {
            const QJsonObject u = v.toObject();
            QString& d = descriptions[u.value(QStringLiteral("name")).toString()];
            if (d.isEmpty())
                d = u.value(QStringLiteral("description")).toString();
        }
    for (auto it = descriptions.cbegin(); it != descriptions.cend(); ++it)
        m_unit->addItem(it.key(), it.value());
    setComboText(m_unit, resource.unit);
    connect(m_unit, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        updateUnitDetail();
        QString base = text.trimmed();
        base.remove(QRegularExpression(QStringLiteral("\\.service$")));
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
        base.remove(QRegularExpression(QStringLiteral("^[^A-Za-z0-9]+")));
        if (!base.isEmpty())
            Q_EMIT nameSuggested(base.left(60));
    });
}

QString ServiceFields::title() const
{
    return tr("Service");
}

QString ServiceFields::intro() const
{
    return tr("The cluster starts this systemd service on the active node and stops it on the other. Disable it at "
              "boot on both nodes (systemctl disable), so that only the cluster starts it.");
}

void ServiceFields::retranslate()
{
    m_unitLabel->setText(tr("systemd &unit:"));
    m_unit->setAccessibleName(tr("systemd unit"));
    for (int i = 0; i < m_unit->count(); ++i) {
        const QString description = m_unit->itemData(i).toString();
        m_unit->setItemData(i, description.isEmpty() ? QString() : tr("%1 (%2)").arg(m_unit->itemText(i), description),
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
}

void ServiceFields::updateUnitDetail()
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

QString ServiceFields::problem(QWidget** field) const
{
    const QString unit = m_unit->currentText().trimmed();
    *field = m_unit;
    if (unit.isEmpty())
        return tr("Choose the systemd unit the cluster starts and stops, or type its name.");
    if (hasSpace(unit))
        return tr("\"%1\" is not a unit name. Choose one of the list or type a name like postfix.service.").arg(unit);
    *field = nullptr;
    return {};
}

void ServiceFields::store(WizardModel::Resource& r) const
{
    r.unit = m_unit->currentText().trimmed();
}

} // namespace twinha::ui
