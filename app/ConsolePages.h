#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace twinha::ui {
class ConsoleSettings;
class MainWindow;
} // namespace twinha::ui

namespace twinha::app {

// Opens what the window asks for (the switchover dialog for a group) and, for --screenshot
// --page, any page by name: a tab of the window, or the settings or switchover dialog.
class ConsolePages : public QObject
{
    Q_OBJECT

public:
    ConsolePages(ui::MainWindow* window, ui::ConsoleSettings* settings);

    // The widget showing `page` (see ConsoleOptions::pages()); the window for its own tabs.
    QWidget* open(const QString& page);
    QWidget* openSwitchover(const QString& group, const QString& to);

private:
    ui::MainWindow* m_window;
    ui::ConsoleSettings* m_settings;
};

} // namespace twinha::app
