#include "ui/charts/TimeTicks.h"

#include <algorithm>

namespace twinha::ui {

qint64 TimeTicks::stepMs(qint64 spanMs, int maxTicks)
{
    static const qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
    static const qint64 steps[] = {s,      2 * s, 5 * s, 10 * s, 15 * s, 30 * s, m, 2 * m, 5 * m, 10 * m, 15 * m,
                                   30 * m, h,     2 * h, 3 * h,  6 * h,  12 * h, d, 2 * d, 7 * d, 14 * d, 28 * d};
    for (qint64 step : steps)
        if (spanMs / step < std::max(1, maxTicks))
            return step;
    return std::end(steps)[-1];
}

QList<qint64> TimeTicks::at(qint64 fromMs, qint64 toMs, int maxTicks, qint64 utcOffsetMs)
{
    QList<qint64> ticks;
    if (toMs <= fromMs)
        return ticks;
    const qint64 step = stepMs(toMs - fromMs, maxTicks);
    // Round in local time, so that hours and days fall on the clock the user reads.
    const qint64 local = fromMs + utcOffsetMs;
    qint64 t = (local / step + (local % step ? 1 : 0)) * step - utcOffsetMs;
    for (; t <= toMs; t += step)
        ticks.append(t);
    return ticks;
}

QString TimeTicks::format(qint64 stepMs, qint64 spanMs)
{
    if (spanMs > 23LL * 3600 * 1000) // the same hour twice: with the day, or labels repeat
        return stepMs >= 24LL * 3600 * 1000 ? QStringLiteral("MM-dd") : QStringLiteral("MM-dd HH:mm");
    return stepMs < 60'000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
}

} // namespace twinha::ui
