#include "app/ConsoleOptions.h"

#include "app/Translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace twinha::app {

bool ConsoleOptions::wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

bool ConsoleOptions::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ConsoleOptions", "TwinHA console for two-server hot-standby clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cluster(QStringLiteral("cluster"),
                                     QCoreApplication::translate("ConsoleOptions", "Open the cluster profile FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("ConsoleOptions",
                                    "Render offscreen, wait for the first full status, save a PNG and exit."),
        QStringLiteral("PNG"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("ConsoleOptions", "Language: zh_CN, ja or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("ConsoleOptions", "Seconds --screenshot waits for both nodes (default 20)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("ConsoleOptions", "Log debug messages to stderr."));
    parser.addOptions({cluster, screenshot, lang, timeout, verbose});
    parser.process(arguments); // exits on --help/--version and on unknown options

    clusterFile = parser.value(cluster);
    screenshotFile = parser.value(screenshot);
    language = parser.value(lang);
    this->verbose = parser.isSet(verbose);
    if (!language.isEmpty() && !Translator::supportedLanguages().contains(language) &&
        language != QLatin1String("system")) {
        *error = QCoreApplication::translate("ConsoleOptions", "Unknown language \"%1\"; use zh_CN, ja or en.")
                     .arg(language);
        return false;
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0) {
            *error = QCoreApplication::translate("ConsoleOptions", "--timeout needs a positive number of seconds.");
            return false;
        }
        timeoutMs = static_cast<int>(seconds * 1000);
    }
    if (!screenshotFile.isEmpty() && clusterFile.isEmpty()) {
        *error = QCoreApplication::translate("ConsoleOptions", "--screenshot needs --cluster FILE.");
        return false;
    }
    return true;
}

} // namespace twinha::app
