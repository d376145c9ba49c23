#pragma once

#include "ui/wizard/KeptValue.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPage.h"

#include <optional>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QRadioButton;

namespace twinha::ui {

class MirrorFields;
class PostgresBox;

// Page 6: how the standby's data keeps up (none, a folder mirrored with rsync, a command that
// reports the lag of a replication the agent does not run, or PostgreSQL's streaming replication), and how much lag
// still allows a switchover. The mirrored folders are checked on both nodes before the page is left.
class ReplicationPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ReplicationPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    QRadioButton* addChoice(QLayout* layout, QLabel** hint, const char* objectName);
    void updateMode();
    int sourceNode() const;
    QString check(QWidget** field) const;
    void storeInModel();
    // The address both nodes' first heartbeat link uses, when they share one.
    std::optional<QString> sharedAddress() const;

    void checkPaths(bool advanceWhenFine);
    void onFoldersChecked(bool fine);

    QButtonGroup* m_kind;
    QRadioButton* m_none;
    QRadioButton* m_mirror;
    QRadioButton* m_command;
    QRadioButton* m_postgres;
    QLabel* m_noneHint = nullptr;
    QLabel* m_mirrorHint = nullptr;
    QLabel* m_commandHint = nullptr;
    QLabel* m_postgresHint = nullptr;

    QFormLayout* m_form;
    QLabel* m_channelLabel;
    QLineEdit* m_channel;
    QLabel* m_groupLabel;
    QComboBox* m_group;
    MirrorFields* m_mirrorFields; // the mirror choice's rows and their folder check
    QLabel* m_lagCommandLabel;
    QLineEdit* m_lagCommand;
    QLabel* m_commandFormat;
    QLabel* m_maxLagLabel;
    QDoubleSpinBox* m_maxLag;
    KeptValue<double> m_maxLagS;
    QLabel* m_kept;
    PostgresBox* m_pg; // the PostgreSQL choice's own widgets

    WizardModel::Replication m_loaded;        // the first channel as the model had it
    QList<WizardModel::Replication> m_others; // further channels of an edited config, kept as they are
    bool m_advanceWhenFine = false;
};

} // namespace twinha::ui
