#include "agentlink/ClusterProfile.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Version.h"
#include "app/ConsoleOptions.h"
#include "app/Logging.h"
#include "app/ScreenshotTaker.h"
#include "app/Translator.h"
#include "ui/MainWindow.h"

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
    app::Translator::install(options.language);
    if (!parsed) {
        std::fprintf(stderr, "twinha: %s\n", qUtf8Printable(usageError));
        return 2;
    }
    app::Logging::setUp(QStringLiteral("twinha"), options.verbose);

    ui::MainWindow window;
    if (!options.clusterFile.isEmpty()) {
        protocol::RpcError error;
        const auto profile = agentlink::ClusterProfile::load(options.clusterFile, &error);
        if (!profile) {
            std::fprintf(stderr, "twinha: %s\n", qUtf8Printable(agentlink::ErrorText::describe(error)));
            return 2;
        }
        // A screenshot shows the first attempt's outcome; retrying would only delay it.
        window.openCluster(*profile, !screenshot, !screenshot);
    }
    window.show();

    if (screenshot) {
        new app::ScreenshotTaker(&window, window.monitor(), options.screenshotFile, options.timeoutMs, &window);
    }
    return QApplication::exec();
}
