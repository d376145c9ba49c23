#pragma once

#include "agentlink/protocol/RpcMessage.h"
#include "ui/GrowingDialog.h"
#include "ui/wizard/WizardModel.h"

#include <QPointer>

#include <array>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace twinha::ui {

class NoticeLabel;
class WizardSession;

// Edits one resource of a group; its type (vip, systemd, script) is fixed when the dialog opens.
// Offers what the nodes reported (interfaces, units) and, for a virtual IP, checks on both nodes
// that the address is free and in the right subnet before it is accepted.
class ResourceEditor : public GrowingDialog
{
    Q_OBJECT

public:
    // `takenNames`: the other resources of the group. `nodeNames` label the nodes' answers.
    ResourceEditor(const WizardModel::Resource& resource, const QStringList& takenNames, WizardSession* session,
                   const std::array<QString, 2>& nodeNames, QWidget* parent = nullptr);

    // Addresses ("ip" or "ip/prefix") the running cluster holds now: a check that finds one of
    // them answering is expected, not a conflict.
    void setHeldAddresses(const QStringList& addresses);
    WizardModel::Resource resource() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Severity
    {
        Fine,
        Warning,
        Error
    };
    struct Probe
    {
        bool sent = false;
        bool done = false;
        protocol::RpcError error;
        QJsonObject result;
    };

    QLineEdit* addField(QFormLayout* form, QLabel** label, const char* objectName);
    void buildVip(QFormLayout* form);
    void buildService(QFormLayout* form);
    void buildScript(QFormLayout* form);
    void retranslate();
    QString validate(QWidget** field) const;
    void suggestName(const QString& base);
    void suggestInterface();
    void updateUnitDetail();

    QString vipProblem(QWidget** field, bool requireInterface) const;
    QString vipKey() const;
    void checkVip(bool acceptWhenFine);
    void onProbe(int node, const protocol::RpcMessage& reply);
    void showProbes();
    QString probeLine(int node, Severity* severity) const;

    WizardModel::Resource m_resource;
    QStringList m_taken;
    QPointer<WizardSession> m_session;
    std::array<QString, 2> m_nodeNames;
    std::array<QJsonObject, 2> m_facts;
    QStringList m_heldAddresses; // without prefix
    QString m_autoName;          // the name last suggested; replaced while the user has not typed one

    QLabel* m_intro;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    // vip
    QLabel* m_addressLabel = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_interfaceLabel = nullptr;
    QComboBox* m_interface = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_checkResult = nullptr;
    // systemd
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_unitDetail = nullptr;
    QLabel* m_unavailable = nullptr;
    // script
    QLabel* m_startLabel = nullptr;
    QLineEdit* m_start = nullptr;
    QLabel* m_stopLabel = nullptr;
    QLineEdit* m_stop = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLineEdit* m_status = nullptr;
    QLabel* m_runAsLabel = nullptr;
    QLineEdit* m_runAs = nullptr;

    NoticeLabel* m_notice;
    QDialogButtonBox* m_buttons;

    std::array<Probe, 2> m_probes;
    QString m_probedKey; // the address and interface the probes are (being) made for
    int m_probeGeneration = 0;
    bool m_probing = false;
    bool m_acceptWhenFine = false;
    Severity m_probeSeverity = Severity::Fine;
};

} // namespace twinha::ui
