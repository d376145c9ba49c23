#pragma once

#include <QList>
#include <QString>

namespace twinha::ui {

// Where a time axis puts its labels: on round times of the clock (every 10 s, 5 min, 1 h, 6 h,
// 1 day ...), at most maxTicks of them between fromMs and toMs, in local time (utcOffsetMs), and
// how precisely to write them.
struct TimeTicks
{
    static qint64 stepMs(qint64 spanMs, int maxTicks);
    static QList<qint64> at(qint64 fromMs, qint64 toMs, int maxTicks, qint64 utcOffsetMs);
    static QString format(qint64 stepMs, qint64 spanMs); // for QDateTime::toString
};

} // namespace twinha::ui
