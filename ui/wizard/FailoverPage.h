#pragma once

#include "ui/wizard/WizardPage.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace twinha::ui {

// Page 7: what happens when the active node dies — wait for an operator, or let the standby take
// over on its own. Automatic failover needs a tiebreaker, the standby's proof that it is the
// active node that is gone rather than itself that is cut off.
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

    QRadioButton* m_manual;
    QLabel* m_manualHelp;
    QRadioButton* m_automatic;
    QLabel* m_automaticHelp;
    QGroupBox* m_tiebreakerBox;
    QLabel* m_tiebreakerHelp;
    QListWidget* m_list;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_takeover;
};

} // namespace twinha::ui
