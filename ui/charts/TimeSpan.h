#pragma once

#include <QtGlobal>

namespace twinha::ui {

// A stretch of time a chart shows, in ms since the epoch, and how zooming and panning move it
// inside the limits of what is held (the chart window up to now). Zooming keeps the instant under
// the pointer where it is; no span gets shorter than kMinMs or longer than the limits.
struct TimeSpan
{
    static constexpr qint64 kMinMs = 30'000;

    qint64 fromMs = 0;
    qint64 toMs = 0;

    qint64 length() const { return toMs - fromMs; }
    bool contains(qint64 atMs) const { return atMs >= fromMs && atMs <= toMs; }
    // factor < 1 zooms in, > 1 out, around anchorMs.
    TimeSpan zoomed(qint64 anchorMs, double factor, const TimeSpan& limits) const;
    TimeSpan panned(qint64 deltaMs, const TimeSpan& limits) const;
    // The same length moved inside limits, or limits when it is longer.
    TimeSpan within(const TimeSpan& limits) const;
    bool operator==(const TimeSpan& other) const = default;
};

} // namespace twinha::ui
