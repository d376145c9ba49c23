#include "ui/wizard/ScriptFields.h"

#include <QLabel>
#include <QLineEdit>

#include <array>
#include <utility>

namespace twinha::ui {

ScriptFields::ScriptFields(const WizardModel::Resource& resource, QFormLayout* form, QWidget* dialog)
    : ResourceFields(dialog)
    , m_start(addField(dialog, form, &m_startLabel, "scriptStart"))
    , m_stop(addField(dialog, form, &m_stopLabel, "scriptStop"))
    , m_status(addField(dialog, form, &m_statusLabel, "scriptStatus"))
    , m_runAs(addField(dialog, form, &m_runAsLabel, "scriptRunAs"))
{
    m_start->setText(resource.start);
    m_start->setPlaceholderText(QStringLiteral("/usr/local/sbin/myapp start"));
    m_stop->setText(resource.stop);
    m_stop->setPlaceholderText(QStringLiteral("/usr/local/sbin/myapp stop"));
    m_status->setText(resource.status);
    m_status->setPlaceholderText(QStringLiteral("/usr/local/sbin/myapp status"));
    m_runAs->setText(resource.runAs);
}

QString ScriptFields::title() const
{
    return tr("Script");
}

QString ScriptFields::intro() const
{
    return tr("The cluster runs your commands on the active node. The status command must exit with 0 while the "
              "resource runs, and with anything else when it is stopped.");
}

void ScriptFields::retranslate()
{
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

QString ScriptFields::problem(QWidget** field) const
{
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
    const QString runAs = m_runAs->text().trimmed();
    *field = m_runAs;
    if (runAs.isEmpty() || hasSpace(runAs) || runAs.startsWith(QLatin1Char('-')))
        return tr("Enter the user the commands run as, such as root or the service's own user.");
    *field = nullptr;
    return {};
}

void ScriptFields::store(WizardModel::Resource& r) const
{
    r.start = m_start->text().trimmed();
    r.stop = m_stop->text().trimmed();
    r.status = m_status->text().trimmed();
    r.runAs = m_runAs->text().trimmed();
}

} // namespace twinha::ui
