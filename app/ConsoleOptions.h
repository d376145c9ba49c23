#pragma once

#include <QString>
#include <QStringList>

namespace twinha::app {

// The console's command line.
struct ConsoleOptions
{
    QString clusterFile;
    QString screenshotFile;
    QString language;                          // empty = saved choice or system
    QString page = QStringLiteral("overview"); // what --screenshot shows; see pages()
    int timeoutMs = 20000;
    int settleMs = 150; // how long --screenshot waits after the first full status
    bool verbose = false;

    // --screenshot must switch to the offscreen platform before QApplication exists, so this
    // looks at argv directly.
    static bool wantsScreenshot(int argc, char** argv);
    // Parses after QApplication exists; on a usage error prints it and returns false.
    bool parse(const QStringList& arguments, QString* error);
    // overview, charts, events, log (tabs of the window); settings, switchover (dialogs)
    static QStringList pages();
};

} // namespace twinha::app
