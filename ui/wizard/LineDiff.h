#pragma once

#include <QList>
#include <QString>

namespace twinha::ui {

// Two texts compared line by line (a longest common subsequence, after the common start and end
// are set aside): what a diff shows, in order.
struct LineDiff
{
    enum class Kind
    {
        Same,
        Removed,
        Added,
    };
    struct Line
    {
        Kind kind;
        QString text;
    };

    static QList<Line> compute(const QString& before, const QString& after);
};

} // namespace twinha::ui
