#pragma once

#include "ui/wizard/WizardPage.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTabWidget;

namespace twinha::ui {

class FenceBox;
class NotifyBox;
class WitnessBox;

// Page 7: what happens when the active node dies — wait for an operator, or let the standby take
// over on its own. Automatic failover needs a witness or a tiebreaker, the standby's proof that it
// is the active node that is gone rather than itself that is cut off; fencing powers a silent node
// off before its peer takes over. The page shows the protection level this gives, in the
// dashboard's words. Its last tab sets up the agents' own alerts (mail, webhook).
class FailoverPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    // An address or host name to ping, or "tcp:host:port" (IPv6 in brackets), as the agent reads it.
    static bool isValidTiebreaker(const QString& target);

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Adds the typed entry; false (with the reason in the notice) when it is not one.
    bool addTyped();
    void removeSelected();
    void updateState();
    QStringList tiebreakers() const;
    void updateProtection();

    QRadioButton* m_manual;
    QLabel* m_manualHelp;
    QRadioButton* m_automatic;
    QLabel* m_automaticHelp;
    QTabWidget* m_tabs;
    QWidget* m_tiebreakerBox;
    QLabel* m_tiebreakerHelp;
    QListWidget* m_list;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_remove;
    WitnessBox* m_witness;
    FenceBox* m_fence;
    NotifyBox* m_notify;
    QLabel* m_level;
    QLabel* m_levelText;
    QLabel* m_takeover;
};

} // namespace twinha::ui
