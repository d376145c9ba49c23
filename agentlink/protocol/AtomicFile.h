#pragma once

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace twinha::protocol {

// The one way to replace a file durably, for the agent and the console alike: the bytes go to a temporary file in the
// same folder, which is fsynced, renamed over the target, and the folder fsynced, so a crash or a power cut leaves
// either the old file or the new one, never half of one. A failure (a full disk, a read-only folder) leaves the old
// file exactly as it was.
//
//   AtomicFile f(path);
//   if (!f.prepare(bytes, 0600)) ...   // written and synced, not yet visible
//   ... (e.g. keep a backup of the old file)
//   if (!f.commit()) ...               // renamed into place; the destructor discards an uncommitted one
class AtomicFile
{
public:
    explicit AtomicFile(const QString& path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // prepare + commit in one step; false with *error ("stage: strerror") on failure.
    static bool write(const QString& path, const QByteArray& bytes, mode_t mode, QString* error);
    // write(), unless the file already holds exactly these bytes with this mode: then nothing is
    // written or synced (files rewritten at every start of something, on its critical path).
    static bool ensure(const QString& path, const QByteArray& bytes, mode_t mode, QString* error);

    bool prepare(const QByteArray& bytes, mode_t mode);
    bool commit();
    void discard();

    // Where it failed ("create", "write", "rename") and errno.
    const char* failedStage() const { return m_stage; }
    int failedErrno() const { return m_errno; }
    QString errorString() const;

private:
    bool fail(const char* stage, int err);

    QString m_path;
    QByteArray m_temp; // encoded path of the prepared temporary file; empty when none
    const char* m_stage = "";
    int m_errno = 0;
};

} // namespace twinha::protocol
