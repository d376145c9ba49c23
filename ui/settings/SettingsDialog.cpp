#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace twinha::ui {

SettingsDialog::SettingsDialog(ConsoleSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language's name in its own script, so that someone lost in a foreign UI finds theirs.
    m_language->addItem(QString(), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_chartWindow = new QSpinBox(this);
    m_chartWindow->setObjectName(QStringLiteral("chartWindow"));
    m_chartWindow->setRange(ConsoleSettings::kMinChartMinutes, ConsoleSettings::kMaxChartMinutes);
    m_chartLabel = new QLabel(this);
    m_chartLabel->setBuddy(m_chartWindow);

    m_lagWarning = new QSpinBox(this);
    m_lagWarning->setObjectName(QStringLiteral("lagWarning"));
    m_lagWarning->setRange(ConsoleSettings::kMinLagSeconds, ConsoleSettings::kMaxLagSeconds);
    m_lagLabel = new QLabel(this);
    m_lagLabel->setBuddy(m_lagWarning);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(m_languageLabel, m_language);
    m_form->addRow(m_chartLabel, m_chartWindow);
    m_form->addRow(m_lagLabel, m_lagWarning);

    m_notifications = new QGroupBox(this);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_linkLoss = new QCheckBox(m_notifications);
    m_linkLoss->setObjectName(QStringLiteral("notifyLinkLoss"));
    m_failover = new QCheckBox(m_notifications);
    m_failover->setObjectName(QStringLiteral("notifyFailover"));
    m_splitBrain = new QCheckBox(m_notifications);
    m_splitBrain->setObjectName(QStringLiteral("notifySplitBrain"));
    m_lag = new QCheckBox(m_notifications);
    m_lag->setObjectName(QStringLiteral("notifyLag"));
    auto* boxes = new QVBoxLayout(m_notifications);
    for (QCheckBox* box : {m_linkLoss, m_failover, m_splitBrain, m_lag})
        boxes->addWidget(box);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_notifications);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setFormValues(m_settings->values());
    retranslate();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateApplyButton);
    connect(m_chartWindow, &QSpinBox::valueChanged, this, &SettingsDialog::updateApplyButton);
    connect(m_lagWarning, &QSpinBox::valueChanged, this, &SettingsDialog::updateApplyButton);
    for (QCheckBox* box : {m_linkLoss, m_failover, m_splitBrain, m_lag})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::updateApplyButton);
    connect(m_settings, &ConsoleSettings::changed, this, &SettingsDialog::updateApplyButton);
    updateApplyButton();
}

ConsoleSettings::Values SettingsDialog::formValues() const
{
    ConsoleSettings::Values v;
    v.language = m_language->currentData().toString();
    v.notifyLinkLoss = m_linkLoss->isChecked();
    v.notifyFailover = m_failover->isChecked();
    v.notifySplitBrain = m_splitBrain->isChecked();
    v.notifyLag = m_lag->isChecked();
    v.chartWindowMinutes = m_chartWindow->value();
    v.lagWarningSeconds = m_lagWarning->value();
    return v;
}

void SettingsDialog::setFormValues(const ConsoleSettings::Values& v)
{
    const int language = m_language->findData(v.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_linkLoss->setChecked(v.notifyLinkLoss);
    m_failover->setChecked(v.notifyFailover);
    m_splitBrain->setChecked(v.notifySplitBrain);
    m_lag->setChecked(v.notifyLag);
    m_chartWindow->setValue(v.chartWindowMinutes);
    m_lagWarning->setValue(v.lagWarningSeconds);
}

bool SettingsDialog::apply()
{
    const ConsoleSettings::Values before = m_settings->values();
    const ConsoleSettings::Values chosen = formValues();
    if (chosen == before)
        return false;
    m_settings->setValues(chosen);
    if (chosen.language != before.language)
        Q_EMIT languageChosen(chosen.language);
    updateApplyButton();
    return true;
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

void SettingsDialog::updateApplyButton()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(formValues() != m_settings->values());
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Console Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Follow system"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The console switches at once; the agents are not affected"));
    m_chartLabel->setText(tr("Chart &window:"));
    m_chartWindow->setSuffix(tr(" min"));
    m_chartWindow->setAccessibleName(tr("Chart window in minutes"));
    m_chartWindow->setToolTip(tr("How much history the replication lag chart shows"));
    m_lagLabel->setText(tr("Lag warning &threshold:"));
    m_lagWarning->setSuffix(tr(" s"));
    m_lagWarning->setAccessibleName(tr("Lag warning threshold in seconds"));
    m_lagWarning->setToolTip(tr("Replication lag above this is shown as a warning and may notify you"));
    m_notifications->setTitle(tr("Notify me of"));
    m_linkLoss->setText(tr("Heart&beat link lost"));
    m_failover->setText(tr("&Failover"));
    m_splitBrain->setText(tr("&Split-brain"));
    m_lag->setText(tr("Replication la&g over the threshold"));
}

} // namespace twinha::ui
