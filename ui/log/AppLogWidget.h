#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace twinha::ui {

class AppLogFilterProxy;
class AppLogModel;

// The console's own log: the newest lines at the bottom, filtered by level and text, following new
// lines unless the user turns that off, and the rotating file on disk one click away.
class AppLogWidget : public QWidget
{
    Q_OBJECT

public:
    // Shows `model`, which outlives the widget (it collects lines while the view is closed);
    // without one the widget keeps its own.
    explicit AppLogWidget(AppLogModel* model = nullptr, QWidget* parent = nullptr);

    void setLogFilePath(const QString& path);
    QString logFilePath() const;
    bool autoScroll() const;
    AppLogModel* model() const { return m_model; }
    AppLogFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    // Opens the file with the desktop's viewer; says inline why when it cannot.
    bool openLogFile();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onRowsInserted();
    void showMessage(const QString& text);

    AppLogModel* m_model = nullptr;
    AppLogFilterProxy* m_proxy = nullptr;
    QLabel* m_levelLabel = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_autoScroll = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_message = nullptr;
    bool m_sized = false;
};

} // namespace twinha::ui
