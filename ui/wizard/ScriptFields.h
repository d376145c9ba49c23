#pragma once

#include "ui/wizard/ResourceFields.h"

namespace twinha::ui {

// A script in the resource editor: the commands that start, stop and check the resource, and the
// user they run as on both nodes.
class ScriptFields : public ResourceFields
{
    Q_OBJECT

public:
    ScriptFields(const WizardModel::Resource& resource, QFormLayout* form, QWidget* dialog);

    QString title() const override;
    QString intro() const override;
    QString defaultName() const override { return QStringLiteral("script"); }
    void retranslate() override;
    QString problem(QWidget** field) const override;
    void store(WizardModel::Resource& r) const override;

private:
    QLabel* m_startLabel = nullptr;
    QLineEdit* m_start;
    QLabel* m_stopLabel = nullptr;
    QLineEdit* m_stop;
    QLabel* m_statusLabel = nullptr;
    QLineEdit* m_status;
    QLabel* m_runAsLabel = nullptr;
    QLineEdit* m_runAs;
};

} // namespace twinha::ui
