#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace twinha::agent {

// The journal's disk work, on a thread of its own (Journal owns it): each batch of lines is
// written and fsynced there, so a slow or stalled disk never holds up the daemon's main loop.
// Batches are done in the order given; the answer is finished().
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    ~JournalWriter() override;

    // `needsNewline`: the file ends in a line without its newline (a crash mid-write).
    void reset(const QString& path, bool needsNewline);
    // Appends the lines and fsyncs; a failure leaves no partial line behind.
    void write(const QByteArray& lines, qint64 lastSeq);

Q_SIGNALS:
    // detail is empty when ok.
    void finished(qint64 lastSeq, bool ok, const QString& detail);

private:
    bool writeLines(const QByteArray& bytes, QString* detail);
    void closeFile();

    QString m_path;
    int m_fd = -1; // open for appending between writes
    bool m_needsNewline = false;
};

} // namespace twinha::agent
