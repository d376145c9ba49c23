#include "agentlink/HistoryBackfill.h"

#include "agentlink/ClusterMonitor.h"

#include <QJsonArray>

namespace twinha::agentlink {

QJsonObject HistoryBackfill::request(qint64 nowMs, qint64 windowMs, int capacity)
{
    return {{QStringLiteral("from"), nowMs - windowMs},
            {QStringLiteral("to"), nowMs},
            {QStringLiteral("step"), std::max<qint64>(1000, windowMs / std::max(1, capacity))}};
}

void HistoryBackfill::apply(const QJsonObject& answer, const QString& node, SeriesHistory& lag, SeriesHistory& lagKib,
                            SeriesHistory& rtt)
{
    const qint64 fromMs = answer.value(QStringLiteral("from")).toInteger();
    const qint64 stepMs = answer.value(QStringLiteral("step")).toInteger(1000);
    for (const QJsonValue& s : answer.value(QStringLiteral("series")).toArray()) {
        const QStringList name = s[QStringLiteral("name")].toString().split(QLatin1Char('.'));
        if (name.size() < 3)
            continue;
        // The names are KIND.NAME.FIGURE, and a link's or channel's name has no dot.
        const QString& kind = name.first();
        const QString& what = name.at(1);
        const QString& figure = name.last();
        SeriesHistory* into = nullptr;
        QString key = what;
        double scale = 1;
        if (kind == QLatin1String("channel") && figure == QLatin1String("lag_s")) {
            into = &lag;
        } else if (kind == QLatin1String("channel") && figure == QLatin1String("lag_bytes")) {
            into = &lagKib;
            scale = 1.0 / 1024.0;
        } else if (kind == QLatin1String("link") && figure == QLatin1String("rtt_ms")) {
            into = &rtt;
            key = ClusterMonitor::rttKey(what, node);
        }
        if (!into)
            continue;
        QList<SeriesHistory::Sample> samples;
        const QJsonArray values = s[QStringLiteral("values")].toArray();
        for (qsizetype i = 0; i < values.size(); ++i)
            if (values.at(i).isDouble())
                samples.append({fromMs + i * stepMs, values.at(i).toDouble() * scale});
        into->backfill(key, samples);
    }
}

} // namespace twinha::agentlink
