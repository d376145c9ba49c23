#pragma once

#include "ui/wizard/AddressCheck.h"
#include "ui/wizard/ResourceFields.h"

#include <QJsonObject>
#include <QPointer>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace twinha::ui {

class NoticeLabel;
class WizardSession;

// A virtual IP address in the resource editor: the address with its prefix and the interface,
// chosen among both nodes' interfaces (each listed with its addresses there, and suggested from
// the subnet the address is in). Before the dialog takes an address, both nodes check that
// nothing answers on it and that it fits the interface (AddressCheck); the dialog's notice says
// what they found.
class VipFields : public ResourceFields
{
    Q_OBJECT

public:
    VipFields(const WizardModel::Resource& resource, const std::array<QJsonObject, 2>& facts, WizardSession* session,
              const std::array<QString, 2>& nodeNames, NoticeLabel* notice, QFormLayout* form, QWidget* dialog);

    // Addresses ("ip" or "ip/prefix") the running cluster holds now: a check that finds one of
    // them answering is expected, not a conflict.
    void setHeldAddresses(const QStringList& addresses);

    QString title() const override;
    QString intro() const override;
    QString defaultName() const override { return QStringLiteral("ip"); }
    void retranslate() override;
    QString problem(QWidget** field) const override { return addressProblem(field, true); }
    void store(WizardModel::Resource& r) const override;
    bool readyToAccept() override;

private:
    QString addressProblem(QWidget** field, bool requireInterface) const;
    QString key() const; // the address and interface a check is (being) made for
    void suggestInterface();
    void check(bool acceptWhenFine);
    void onChecked();
    void showCheck();
    void forgetCheck(); // when the address or interface changed

    std::array<QJsonObject, 2> m_facts;
    QPointer<WizardSession> m_session;
    std::array<QString, 2> m_nodeNames;
    NoticeLabel* m_notice;
    QStringList m_heldAddresses; // without prefix

    QLabel* m_addressLabel = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_interfaceLabel = nullptr;
    QComboBox* m_interface = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_checkResult = nullptr;
    AddressCheck* m_probes;
    AddressCheck::Severity m_severity = AddressCheck::Severity::Fine;
    bool m_acceptWhenFine = false;
};

} // namespace twinha::ui
