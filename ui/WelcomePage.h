#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace twinha::ui {

// What the console shows while it watches no cluster (the first run, or after the last one was
// removed from the list): what TwinHA is, the two ways to start, and how to try it with no servers.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void newClusterRequested();  // the setup wizard
    void openProfileRequested(); // File ▸ Open

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QPushButton* m_new = nullptr;
    QLabel* m_newHint = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_openHint = nullptr;
    QLabel* m_demoTitle = nullptr;
    QLabel* m_demo = nullptr;
};

} // namespace twinha::ui
