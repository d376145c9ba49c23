#pragma once

#include <QString>

#include <functional>

namespace twinha::agentlink {
struct AppLogRecord;
}

namespace twinha::app {

// One logger per area ("app", "link", "ui"), all writing to a rotating file and to stderr
// (errors on stderr unless verbose, since the programs report problems themselves; everything
// from info up in the file), and to the console's log view once one is attached. Each process
// writes a file of its own (LogFileClaim), so two consoles never share or rotate one file.
class Logging
{
public:
    // Returns the file this process writes, or an empty string when none could be opened.
    static QString setUp(const QString& programName, bool verbose);
    static QString logDirectory();
    static QString logFilePath(); // the file setUp() opened, or empty
    // Sends every record (from info up, debug when verbose) to `receiver` from whichever thread
    // logs it, e.g. ui::AppLogModel::receiver(); records from before the call are replayed. An
    // empty receiver detaches. Works before or after setUp().
    static void attachViewer(std::function<void(const agentlink::AppLogRecord&)> receiver);
};

} // namespace twinha::app
