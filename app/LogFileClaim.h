#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace twinha::app {

// The log file this process writes, one no other running process writes: NAME.log, or NAME-2.log,
// NAME-3.log ... when earlier ones are taken. A lock file beside the log is held for as long as
// the claim lives, so two consoles never rotate (rename) one file under each other. A lock left by
// a process that died is taken over, so the names are reused and their number stays small.
class LogFileClaim
{
public:
    static constexpr int kSlots = 9;

    LogFileClaim();
    ~LogFileClaim();
    LogFileClaim(const LogFileClaim&) = delete;
    LogFileClaim& operator=(const LogFileClaim&) = delete;

    // Claims the first free name in `dir` (created if missing); false when every slot is taken or
    // the folder cannot be written. A claim held already is released first.
    bool claim(const QString& dir, const QString& programName);
    void release();
    QString path() const { return m_path; } // empty without a claim

    static QString fileName(const QString& programName, int slot); // slot 1 = NAME.log

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

} // namespace twinha::app
