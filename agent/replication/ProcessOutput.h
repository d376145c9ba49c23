#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace twinha::agent {

// Picks the line of a child's stderr worth reporting as an error's "detail".
class ProcessOutput
{
public:
    // The last non-empty line, preferring one that is not rsync's generic trailer
    // ("rsync error: ... (code N) at main.c(...)"), which hides the cause printed just before it,
    // nor the one that follows any failure of rsync's remote shell (ssh says why just before it).
    static QString detailLine(const QByteArray& output)
    {
        const QList<QByteArray> lines = output.split('\n');
        QString fallback;
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            const QByteArray line = it->trimmed();
            if (line.isEmpty())
                continue;
            if (!line.startsWith("rsync error:") && line != "rsync: did not see server greeting")
                return QString::fromLocal8Bit(line.left(kMaxChars));
            if (fallback.isEmpty())
                fallback = QString::fromLocal8Bit(line.left(kMaxChars));
        }
        return fallback;
    }

private:
    static constexpr int kMaxChars = 500; // keeps status messages small
};

} // namespace twinha::agent
