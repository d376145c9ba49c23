#pragma once

#include "ui/settings/ConsoleSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace twinha::ui {

// Edits ConsoleSettings: language, notifications, chart window and lag warning threshold.
// OK and Apply store the form; Cancel leaves the settings as they were. The dialog does not switch
// the language itself: it stores the choice and emits languageChosen(), and whoever installs
// translators acts on it (every widget then re-translates itself on QEvent::LanguageChange).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(ConsoleSettings* settings, QWidget* parent = nullptr);

    ConsoleSettings::Values formValues() const; // what the form shows now
    void setFormValues(const ConsoleSettings::Values& values);
    bool apply(); // stores the form; true when something changed

    void accept() override;

Q_SIGNALS:
    void languageChosen(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateApplyButton();

    ConsoleSettings* m_settings;
    QFormLayout* m_form = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_chartLabel = nullptr;
    QSpinBox* m_chartWindow = nullptr;
    QLabel* m_lagLabel = nullptr;
    QSpinBox* m_lagWarning = nullptr;
    QGroupBox* m_notifications = nullptr;
    QCheckBox* m_linkLoss = nullptr;
    QCheckBox* m_failover = nullptr;
    QCheckBox* m_splitBrain = nullptr;
    QCheckBox* m_lag = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace twinha::ui
