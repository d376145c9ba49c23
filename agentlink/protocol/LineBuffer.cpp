#include "agentlink/protocol/LineBuffer.h"

namespace twinha::protocol {

LineBuffer::LineBuffer(int maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

QList<QByteArray> LineBuffer::append(const QByteArray& bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', start);
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        if (!m_discarding) {
            m_pending.append(bytes.constData() + start, end - start);
            if (m_pending.size() > m_maxLineBytes) {
                m_pending.clear();
                m_discarding = true;
                ++m_overflows;
            }
        }
        if (nl < 0)
            break;
        if (!m_discarding && !m_pending.trimmed().isEmpty())
            lines.append(m_pending);
        m_pending.clear();
        m_discarding = false;
        start = nl + 1;
    }
    return lines;
}

int LineBuffer::takeOverflowCount()
{
    const int n = m_overflows;
    m_overflows = 0;
    return n;
}

} // namespace twinha::protocol
