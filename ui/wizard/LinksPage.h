#pragma once

#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPage.h"

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace twinha::ui {

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
    enum Column
    {
        NameColumn,
        Address0Column,
        Port0Column,
        Address1Column,
        Port1Column,
        ColumnCount
    };
    struct Problem
    {
        QString text;
        QWidget* field = nullptr;
    };

    void addRow(const WizardModel::Link& link);
    void addLink();
    void removeLink();
    void deleteRow(int row);
    void renumberRows();
    void updateButtons();
    void updateDetectionTime();
    void fillAddresses(QComboBox* box, int node) const;
    std::pair<int, int> cellOf(const QWidget* widget) const; // row and column; -1 outside the table

    QLineEdit* nameEdit(int row) const;
    QComboBox* addressBox(int row, int node) const;
    QSpinBox* portBox(int row, int node) const;
    QList<WizardModel::Link> links() const;
    Problem check(const QList<WizardModel::Link>& links) const;
    void storeInModel();

    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_intervalLabel;
    QSpinBox* m_interval;
    QLabel* m_deadTimeLabel;
    QSpinBox* m_deadTime;
    QLabel* m_detection;
    QLabel* m_advice;
};

} // namespace twinha::ui
