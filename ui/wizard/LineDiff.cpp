#include "ui/wizard/LineDiff.h"

#include <QStringList>

#include <vector>

namespace twinha::ui {

QList<LineDiff::Line> LineDiff::compute(const QString& before, const QString& after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    // lcs[i][j]: the longest common run of lines from a's i-th and b's j-th of the middle on.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[head + i] == b[head + j]
                                            ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                            : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QList<Line> out;
    for (qsizetype k = 0; k < head; ++k)
        out.append({Kind::Same, a[k]});
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            out.append({Kind::Same, a[head + i]});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            out.append({Kind::Removed, a[head + i++]}); // removed before added, as diffs show them
        } else {
            out.append({Kind::Added, b[head + j++]});
        }
    }
    for (qsizetype k = a.size() - tail; k < a.size(); ++k)
        out.append({Kind::Same, a[k]});
    return out;
}

} // namespace twinha::ui
