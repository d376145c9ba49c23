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

void WizardPage::showNotice(NoticeLabel::Kind kind, std::function<QString()> text)
{
    m_noticeKind = kind;
    m_noticeText = std::move(text);
    m_notice->showNotice(kind, m_noticeText());
}

void WizardPage::clearNotice()
{
    m_noticeText = nullptr;
    m_notice->clearNotice();
}

bool WizardPage::refuse(const QString& problem, QWidget* field)
{
    m_noticeText = nullptr;
    m_notice->showNotice(NoticeLabel::Kind::Error, problem);
    m_notice->clearWhenEdited(field); // the finding goes once the field is edited; Next checks again
    if (field)
        field->setFocus();
    return false;
}

QString WizardPage::nodeName(int node) const
{
    // Also called while the page is built, before it belongs to a wizard.
    if (setupWizard() && !model().nodeNames[size_t(node)].isEmpty())
        return model().nodeNames[size_t(node)];
    return tr("node %1").arg(node + 1);
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_noticeText)
            m_notice->showNotice(m_noticeKind, m_noticeText());
    }
    QWizardPage::changeEvent(event);
}

} // namespace twinha::ui
