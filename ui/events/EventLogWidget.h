#pragma once

#include <QJsonArray>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace twinha::ui {

class EventFilterProxy;
class EventTableModel;

// The journals of both nodes in one table: newest first, sortable by any column, filtered by
// text, node, category and "operator actions only", and exportable as CSV.
class EventLogWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogWidget(QWidget* parent = nullptr);

    void addEntries(const QString& node, const QJsonArray& entries);
    void clear();

    // Writes what the table shows (filtered and sorted) to `path`; the export button asks for the
    // path and shows the outcome below the table.
    bool exportCsv(const QString& path, QString* error = nullptr);

    EventTableModel* model() const { return m_model; }
    EventFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCategories();
    void addNode(const QString& node);
    void fitColumns();
    void chooseExportFile();
    void showMessage(const QString& text, bool error);

    EventTableModel* m_model = nullptr;
    EventFilterProxy* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_node = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_operatorOnly = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_message = nullptr; // the last export's outcome, kept as written (a record, like the log)
    QSet<int> m_userSized;       // columns the user resized: no longer fitted automatically
    bool m_fitting = false;
};

} // namespace twinha::ui
