#pragma once

#include "ui/wizard/WizardModel.h"

#include <QPointer>
#include <QTableWidget>

#include <array>
#include <utility>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace twinha::ui {

class WizardSession;

// The links page's table: a row per heartbeat link with its name and each node's address and
// port, the addresses offered from what each node reported (node.facts), and the rules the rows
// must meet before they are stored.
class LinksTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit LinksTable(QWidget* parent = nullptr);

    // Each node's name, and the session whose facts list the nodes' addresses (null: none yet).
    void setNodes(WizardSession* session, const std::array<QString, 2>& names);
    // Headers and accessible names in the current language; the address lists read again.
    void retranslate();

    void setLinks(const QList<WizardModel::Link>& links);
    QList<WizardModel::Link> links() const;
    // A new row with an unused name and, on each node, an address no link uses yet; its name is focused.
    void addLink();
    // The current row, else the last.
    void removeLink();
    // What is wrong with the first row that is wrong (empty when none), and the cell to focus.
    QString problem(QWidget** field) const;

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

    void addRow(const WizardModel::Link& link);
    void deleteRow(int row);
    void renumberRows();
    void fillAddresses(QComboBox* box, int node) const;
    QJsonObject facts(int node) const;
    std::pair<int, int> cellOf(const QWidget* widget) const; // row and column; -1 outside the table

    QLineEdit* nameEdit(int row) const;
    QComboBox* addressBox(int row, int node) const;
    QSpinBox* portBox(int row, int node) const;

    QPointer<WizardSession> m_session;
    std::array<QString, 2> m_names;
};

} // namespace twinha::ui
