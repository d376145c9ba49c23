#pragma once

#include "ui/wizard/WizardPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace twinha::ui {

class LinksTable;

// Page 4: the heartbeat links, one row per path between the nodes, and how long a silent peer
// takes to count as failed.
class LinksPage : public WizardPage
{
    Q_OBJECT

public:
    explicit LinksPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    void updateButtons();
    void updateDetectionTime();
    void applyPreset(int index);
    QString check(QWidget** field) const;
    void storeInModel();

    QLabel* m_intro;
    LinksTable* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_presetLabel;
    QComboBox* m_preset; // the agent's timing profiles, and "custom"
    QLabel* m_intervalLabel;
    QSpinBox* m_interval;
    QLabel* m_deadTimeLabel;
    QSpinBox* m_deadTime;
    QLabel* m_detection;
    QLabel* m_advice;
};

} // namespace twinha::ui
