#include "app/ConsolePages.h"

#include "agentlink/ClusterMonitor.h"
#include "ui/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/switchover/SwitchoverDialog.h"

namespace twinha::app {

ConsolePages::ConsolePages(ui::MainWindow* window, ui::ConsoleSettings* settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
{
    connect(window, &ui::MainWindow::switchoverRequested, this,
            [this](const QString& group, const QString& to) { openSwitchover(group, to); });
}

QWidget* ConsolePages::open(const QString& page)
{
    if (m_window->showPage(page))
        return m_window;
    if (page == QLatin1String("settings")) {
        auto* dialog = new ui::SettingsDialog(m_settings, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    if (page == QLatin1String("switchover")) {
        agentlink::ClusterMonitor* monitor = m_window->monitor();
        if (!monitor || monitor->view().readiness.isEmpty())
            return m_window;
        const agentlink::ReadinessView& r = monitor->view().readiness.first();
        return openSwitchover(r.group, r.to);
    }
    return m_window;
}

QWidget* ConsolePages::openSwitchover(const QString& group, const QString& to)
{
    agentlink::ClusterMonitor* monitor = m_window->monitor();
    if (!monitor)
        return nullptr;
    ui::SwitchoverDialog* dialog = ui::SwitchoverDialog::openFor(monitor, group, to, m_window);
    connect(dialog, &ui::SwitchoverDialog::showOnChartsRequested, m_window, &ui::MainWindow::showChartsAround);
    return dialog;
}

} // namespace twinha::app
