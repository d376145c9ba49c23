#include "ui/wizard/WizardPage.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/SetupWizard.h"

#include <QEvent>

namespace twinha::ui {

WizardPage::WizardPage(QWidget* parent)
    : QWizardPage(parent)
    , m_notice(new NoticeLabel(this))
{
    m_notice->setObjectName(QStringLiteral("wizardNotice"));
}

SetupWizard* WizardPage::setupWizard() const
{
    return qobject_cast<SetupWizard*>(wizard());
}

WizardModel& WizardPage::model() const
{
    return setupWizard()->model();
}

WizardSession* WizardPage::session() const
{
    return setupWizard()->session();
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace twinha::ui
