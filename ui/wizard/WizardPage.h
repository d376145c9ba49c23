#pragma once

#include "ui/switchover/NoticeLabel.h"

#include <QWizardPage>

#include <functional>

namespace twinha::ui {

class SetupWizard;
class WizardSession;
struct WizardModel;

// What every page of the setup wizard shares: the wizard's one model and live session, an inline
// notice for what went wrong and what to do, and retranslation when the language changes.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardPage(QWidget* parent = nullptr);

protected:
    SetupWizard* setupWizard() const;
    WizardModel& model() const;
    WizardSession* session() const;
    NoticeLabel* notice() const { return m_notice; }
    // A notice that stays in the user's language: `text` is asked again after a language change.
    void showNotice(NoticeLabel::Kind kind, std::function<QString()> text);
    void clearNotice();
    // A finding that keeps the user on this page: shown as an error, with the field at fault focused.
    bool refuse(const QString& problem, QWidget* field);
    // The node's name as its agent reported it, or "node 1"/"node 2" before that is known.
    QString nodeName(int node) const;

    // Sets title, subtitle and every label again; called once by the page's constructor and on
    // every language change.
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;

private:
    NoticeLabel* m_notice;
    NoticeLabel::Kind m_noticeKind = NoticeLabel::Kind::Info;
    std::function<QString()> m_noticeText;
};

} // namespace twinha::ui
