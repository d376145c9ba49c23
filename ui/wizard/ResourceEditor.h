#pragma once

#include "ui/GrowingDialog.h"
#include "ui/wizard/WizardModel.h"

#include <array>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace twinha::ui {

class NoticeLabel;
class ResourceFields;
class VipFields;
class WizardSession;

// Edits one resource of a group; its type (vip, systemd, script) is fixed when the dialog opens,
// and its fields are the type's own (VipFields, ServiceFields, ScriptFields) below the name.
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
    void retranslate();
    QString validate(QWidget** field) const;
    void suggestName(const QString& base);

    protocol::ResourceType m_type;
    QStringList m_taken;
    QString m_autoName; // the name last suggested; replaced while the user has not typed one

    QLabel* m_intro;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    NoticeLabel* m_notice;
    QDialogButtonBox* m_buttons;
    ResourceFields* m_fields = nullptr;
    VipFields* m_vip = nullptr; // m_fields, for a virtual IP
};

} // namespace twinha::ui
