#pragma once

#include "agentlink/protocol/RpcMessage.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPage.h"

#include <array>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace twinha::ui {

class FolderCheck;
class MirrorTransportBox;
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
    QString path(int node) const;
    QString pathsKey() const;
    int sourceNode() const;
    QString check(QWidget** field) const;
    void storeInModel();
    // Both nodes' first heartbeat address is the same: they need different receive ports.
    bool sharedAddress() const;

    void checkPaths(bool advanceWhenFine);
    void onFoldersChecked();
    bool showPathChecks();

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
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QCheckBox* m_pathsDiffer;
    QLabel* m_path1Label;
    QLineEdit* m_path1;
    QLabel* m_transportLabel;
    MirrorTransportBox* m_transport;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_port1Label;
    QSpinBox* m_port1; // only when both nodes share an address (one machine, as in a lab)
    QLayout* m_checkRow;
    QPushButton* m_check;
    QLabel* m_checkResult;
    QLabel* m_lagCommandLabel;
    QLineEdit* m_lagCommand;
    QLabel* m_commandFormat;
    QLabel* m_maxLagLabel;
    QDoubleSpinBox* m_maxLag;
    QLabel* m_kept;
    PostgresBox* m_pg; // the PostgreSQL choice's own widgets

    WizardModel::Replication m_loaded;        // the first channel as the model had it
    QList<WizardModel::Replication> m_others; // further channels of an edited config, kept as they are
    FolderCheck* m_folders;                   // both nodes' answers for the folders, in FolderCheck::key()
    bool m_advanceWhenFine = false;
    bool m_pathsFine = false;
};

} // namespace twinha::ui
