#pragma once

#include <QByteArray>
#include <QList>

namespace twinha::protocol {

// Splits a byte stream into '\n'-terminated lines. A line longer than the limit is reported
// once as overflowed and discarded up to its end, so one bad line never grows memory unbounded.
class LineBuffer
{
public:
    explicit LineBuffer(int maxLineBytes);

    // Appends bytes and returns the complete lines now available (without the newline).
    QList<QByteArray> append(const QByteArray& bytes);

    // Number of overlong lines dropped since the last call; resets the count.
    int takeOverflowCount();

private:
    int m_maxLineBytes;
    QByteArray m_pending;
    bool m_discarding = false;
    int m_overflows = 0;
};

} // namespace twinha::protocol
