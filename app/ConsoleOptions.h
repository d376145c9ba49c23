#pragma once

#include <QString>
#include <QStringList>

namespace twinha::app {

// The console's command line.
struct ConsoleOptions
{
    QString clusterFile;
    QString screenshotFile;
    QString language; // empty = saved choice or system
    int timeoutMs = 20000;
    bool verbose = false;

    // --screenshot must switch to the offscreen platform before QApplication exists, so this
    // looks at argv directly.
    static bool wantsScreenshot(int argc, char** argv);
    // Parses after QApplication exists; on a usage error prints it and returns false.
    bool parse(const QStringList& arguments, QString* error);
};

} // namespace twinha::app
