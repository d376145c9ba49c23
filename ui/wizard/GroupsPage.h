#pragma once

#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPage.h"

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace twinha::ui {

// Page 5: the resource groups the mode page asked for (one or two), each with its name, the node
// it prefers and its resources in start order.
class GroupsPage : public WizardPage
{
    Q_OBJECT

public:
    explicit GroupsPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    struct GroupWidgets
    {
        QGroupBox* box = nullptr;
        QLabel* nameLabel = nullptr;
        QLineEdit* name = nullptr;
        QLabel* preferredLabel = nullptr;
        QComboBox* preferred = nullptr;
        QLabel* resourcesLabel = nullptr;
        QListWidget* list = nullptr;
        QLabel* order = nullptr;
        QPushButton* addVip = nullptr;
        QPushButton* addService = nullptr;
        QPushButton* addScript = nullptr;
        QPushButton* edit = nullptr;
        QPushButton* remove = nullptr;
        QPushButton* up = nullptr;
        QPushButton* down = nullptr;
        QList<WizardModel::Resource> resources;
        QString storedName; // the name in the model: replications refer to their group by name
    };

    void buildGroup(int g, const WizardModel::Group& group);
    void retranslateGroup(int g);
    void refreshList(int g, int select);
    void updateButtons(int g);
    // A new resource of `type`, or (none) the one at `row`.
    void openEditor(int g, int row, std::optional<protocol::ResourceType> type);
    void moveResource(int g, int delta);
    void removeResource(int g);
    QString resourceText(const WizardModel::Resource& r) const;
    QStringList heldAddresses() const;
    QString check(QWidget** field) const;
    void storeInModel();

    QLabel* m_intro;
    QLabel* m_orderHint;
    QVBoxLayout* m_groupsLayout;
    QList<GroupWidgets> m_groups;
    int m_generation = 0; // bumped when the boxes are rebuilt, so an editor opened before is ignored
};

} // namespace twinha::ui
