#include "agent/config/Spelling.h"

#include <QList>

#include <algorithm>

namespace twinha::agent {

namespace {
// Optimal string alignment distance.
int distance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}
} // namespace

QString closestSpelling(const QString& word, const QStringList& known)
{
    QString best;
    int bestDistance = 3;
    for (const QString& k : known) {
        const int dist = distance(word.toLower(), k.toLower());
        if (dist < bestDistance && dist * 2 < std::max(word.size(), k.size())) {
            best = k;
            bestDistance = dist;
        }
    }
    return best;
}

} // namespace twinha::agent
