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
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("ConsoleOptions",
                                    "What --screenshot shows: overview, charts, events, log, settings, switchover or "
                                    "welcome (the first-run page, without --cluster)."),
        QStringLiteral("PAGE"));
    const QCommandLineOption settle(
        QStringLiteral("settle"),
        QCoreApplication::translate("ConsoleOptions",
                                    "Seconds --screenshot waits after the first full status (default 0.15)."),
        QStringLiteral("SECONDS"));
    parser.addOptions({cluster, screenshot, lang, timeout, verbose, page, settle});
    parser.process(arguments); // exits on --help/--version and on unknown options

    clusterFile = parser.value(cluster);
    screenshotFile = parser.value(screenshot);
    language = parser.value(lang);
    this->verbose = parser.isSet(verbose);
    if (parser.isSet(page)) {
        this->page = parser.value(page);
        if (!pages().contains(this->page)) {
            *error = QCoreApplication::translate("ConsoleOptions", "Unknown page \"%1\"; use one of: %2.")
                         .arg(this->page, pages().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(settle)) {
        bool ok = false;
        const double seconds = parser.value(settle).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 600) {
            *error = QCoreApplication::translate("ConsoleOptions", "--settle needs a number of seconds from 0 to 600.");
            return false;
        }
        settleMs = int(seconds * 1000);
    }
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
    if (!screenshotFile.isEmpty() && clusterFile.isEmpty() && this->page != QLatin1String("welcome")) {
        *error = QCoreApplication::translate("ConsoleOptions", "--screenshot needs --cluster FILE.");
        return false;
    }
    return true;
}

QStringList ConsoleOptions::pages()
{
    return {QStringLiteral("overview"), QStringLiteral("charts"),     QStringLiteral("events"), QStringLiteral("log"),
            QStringLiteral("settings"), QStringLiteral("switchover"), QStringLiteral("welcome")};
}

} // namespace twinha::app
