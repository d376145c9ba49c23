#pragma once

#include "ui/wizard/ResourceFields.h"

#include <QJsonObject>

#include <array>

class QComboBox;
class QLabel;

namespace twinha::ui {

// A systemd service in the resource editor: the unit, chosen among both nodes' units (each listed
// with its description) or typed, with its state on each node and why a node could not list its
// units. A chosen unit suggests the resource's name.
class ServiceFields : public ResourceFields
{
    Q_OBJECT

public:
    ServiceFields(const WizardModel::Resource& resource, const std::array<QJsonObject, 2>& facts,
                  const std::array<QString, 2>& nodeNames, QFormLayout* form, QWidget* dialog);

    QString title() const override;
    QString intro() const override;
    QString defaultName() const override { return QStringLiteral("service"); }
    void retranslate() override;
    QString problem(QWidget** field) const override;
    void store(WizardModel::Resource& r) const override;

private:
    void updateUnitDetail();

    std::array<QJsonObject, 2> m_facts;
    std::array<QString, 2> m_nodeNames;
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_unitDetail = nullptr;
    QLabel* m_unavailable = nullptr;
};

} // namespace twinha::ui
