#pragma once

#include "ui/wizard/WizardModel.h"

#include <QObject>

#include <array>
#include <optional>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace twinha::ui {

class FolderCheck;
class MirrorTransportBox;
class NoticeLabel;
class WizardSession;

// The replication page's mirror rows: the folder on each node (the same path, or one each), how
// the copy travels (MirrorTransportBox), the port each node receives it on, and "Check folders"
// with what both nodes answered (FolderCheck). The rows go into the page's own form, so their
// labels line up with the page's other rows; their widgets are children of the page.
class MirrorFields : public QObject
{
    Q_OBJECT

public:
    // `notice`: the page's, which says what the check found.
    MirrorFields(NoticeLabel* notice, QWidget* page);

    // Adds the rows to `form`, which shows and hides them from then on.
    void addRows(QFormLayout* form);
    // Each node's name, and the address both nodes' first link uses when they share one (one
    // machine, as in a lab): then each node needs a receive port of its own.
    void setNodes(const std::array<QString, 2>& names, const std::optional<QString>& sharedAddress);
    // The node the first copy goes from; an answered check is shown again for it.
    void setSourceNode(int node);
    void setShown(bool shown);
    void retranslate();

    // `r` as the model has it, and the route the copy takes; an earlier check is forgotten.
    void load(const WizardModel& model, const WizardModel::Replication& r);
    void store(WizardModel::Replication& r) const;
    // What to fix first (empty when the rows can be stored), and the field to focus.
    QString problem(QWidget** field) const;
    bool isFolderField(const QWidget* field) const;

    // Asks both nodes about the folders; checked() follows, possibly before this returns.
    void startCheck(WizardSession* session);
    bool checking() const;
    // The folders as they are now were not checked, or the check found a problem.
    bool needsCheck() const;

Q_SIGNALS:
    void checkRequested(); // "Check folders" was pressed
    void checked(bool fine);
    void foldersChanged(); // after a check: its answer is for other folders, and gone

private:
    QString path(int node) const;
    QString pathsKey() const;
    void updateRows();
    void forgetCheck();
    void onChecked();
    bool showCheck();

    NoticeLabel* m_notice;
    QFormLayout* m_form = nullptr;
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
    QSpinBox* m_port1; // only when both nodes share an address
    QPushButton* m_check;
    QLabel* m_checkResult;
    QHBoxLayout* m_checkRow;
    FolderCheck* m_folders; // both nodes' answers for the folders, in FolderCheck::key()

    std::array<QString, 2> m_names;
    std::optional<QString> m_sharedAddress;
    int m_sourceNode = 0;
    bool m_shown = false;
    bool m_fine = false;
};

} // namespace twinha::ui
