#include "ui/charts/TimeSpan.h"

#include <algorithm>
#include <cmath>

namespace twinha::ui {

TimeSpan TimeSpan::zoomed(qint64 anchorMs, double factor, const TimeSpan& limits) const
{
    const qint64 len = length();
    if (len <= 0)
        return limits;
    const qint64 wanted =
        std::clamp<qint64>(std::llround(double(len) * factor), std::min(kMinMs, limits.length()), limits.length());
    anchorMs = std::clamp(anchorMs, fromMs, toMs);
    const double share = double(anchorMs - fromMs) / double(len);
    const qint64 from = anchorMs - std::llround(share * double(wanted));
    return TimeSpan{from, from + wanted}.within(limits);
}

TimeSpan TimeSpan::panned(qint64 deltaMs, const TimeSpan& limits) const
{
    return TimeSpan{fromMs + deltaMs, toMs + deltaMs}.within(limits);
}

TimeSpan TimeSpan::within(const TimeSpan& limits) const
{
    if (length() >= limits.length())
        return limits;
    if (fromMs < limits.fromMs)
        return {limits.fromMs, limits.fromMs + length()};
    if (toMs > limits.toMs)
        return {limits.toMs - length(), limits.toMs};
    return *this;
}

} // namespace twinha::ui
