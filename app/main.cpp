#include "agentlink/ClusterProfile.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Version.h"
#include "app/ConsoleOptions.h"
#include "app/ConsolePages.h"
#include "app/Logging.h"
#include "app/ScreenshotTaker.h"
#include "app/Translator.h"
#include "ui/MainWindow.h"
#include "ui/log/AppLogModel.h"
#include "ui/settings/ConsoleSettings.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

using namespace twinha;

int main(int argc, char** argv)
{
    const bool screenshot = app::ConsoleOptions::wantsScreenshot(argc, argv);
    if (screenshot)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twinha"));
    QApplication::setOrganizationName(QStringLiteral("TwinHA"));
    QApplication::setApplicationVersion(protocol::twinhaVersion());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/twinha.svg")));

    app::ConsoleOptions options;
    QString usageError;
    const bool parsed = options.parse(QApplication::arguments(), &usageError);
    ui::ConsoleSettings settings;
    // --lang wins over the saved choice; "system" follows the locale.
    app::Translator::install(options.language.isEmpty() ? settings.language() : options.language);
    if (!parsed) {
        std::fprintf(stderr, "twinha: %s\n", qUtf8Printable(usageError));
        return 2;
    }
    ui::AppLogModel logModel;
    app::Logging::attachViewer(logModel.receiver());
    const QString logFile = app::Logging::setUp(QStringLiteral("twinha"), options.verbose);
    // A new language takes effect at once: installing the translator sends LanguageChange to every
    // widget, and each one retranslates itself.
    QObject::connect(&settings, &ui::ConsoleSettings::languageChanged, &application,
                     [](const QString& language) { app::Translator::install(language); });

    ui::MainWindow window(&settings, &logModel);
    window.setLogFilePath(logFile);
    app::ConsolePages pages(&window, &settings);
    if (!options.clusterFile.isEmpty()) {
        protocol::RpcError error;
        const auto profile = agentlink::ClusterProfile::load(options.clusterFile, &error);
        if (!profile) {
            std::fprintf(stderr, "twinha: %s\n", qUtf8Printable(agentlink::ErrorText::describe(error)));
            return 2;
        }
        // A screenshot shows the first attempt's outcome; retrying would only delay it.
        window.openCluster(*profile, !screenshot, !screenshot, options.clusterFile, false);
    } else if (!screenshot) {
        window.restoreClusters();
    }
    window.show();

    if (screenshot) {
        const QString page = options.page;
        new app::ScreenshotTaker(
            &window, window.monitor(), options.screenshotFile, options.timeoutMs, options.settleMs,
            [&pages, page] { return pages.open(page); }, &window);
    }
    const int status = QApplication::exec();
    app::Logging::attachViewer({});
    return status;
}
