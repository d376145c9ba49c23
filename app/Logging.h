#pragma once

#include <QString>

namespace twinha::app {

// One logger per area ("app", "link", "ui"), all writing to a rotating file and to stderr
// (errors on stderr unless verbose, since the programs report problems themselves; everything
// from info up in the file).
class Logging
{
public:
    static void setUp(const QString& programName, bool verbose);
    static QString logFilePath(const QString& programName);
};

} // namespace twinha::app
