#pragma once

#include "agentlink/FactSource.h"
#include "agentlink/StatusText.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <algorithm>

namespace twinha::ui {

// How old a fact on the dashboard is, in words, and the grey that marks a fact from a node the
// console does not hear now: its last word, shown as history, never as the present.
class FactAge
{
    Q_DECLARE_TR_FUNCTIONS(FactAge)

public:
    // "2 s" (never empty; "0 s" for a clock that went backwards).
    static QString age(qint64 ms) { return agentlink::StatusText::duration(double(std::max<qint64>(ms, 0)) / 1000.0); }

    // "not heard since 22:31:05 (3 min 5 s ago)", or "never heard".
    static QString silentSince(const agentlink::FactSource& s, const QDateTime& now)
    {
        if (!s.known())
            return tr("never heard");
        const QDateTime local = s.heardAt.toLocalTime();
        const QLocale locale;
        // The time alone on the same day; with the date after midnight.
        const QString when = local.date() == now.toLocalTime().date()
                                 ? locale.toString(local.time(), QStringLiteral("HH:mm:ss"))
                                 : locale.toString(local, QLocale::ShortFormat);
        return tr("not heard since %1 (%2 ago)").arg(when, age(s.ageMs(now)));
    }

    // "node1, 2 s ago"; "node2, not heard since 22:31:05 (3 min 5 s ago)"; "node2, never heard".
    static QString note(const agentlink::FactSource& s, const QDateTime& now)
    {
        if (s.live)
            return tr("%1, %2 ago").arg(s.node, age(s.ageMs(now)));
        return tr("%1, %2").arg(s.node, silentSince(s, now));
    }

    // Whose word a fact is: "As node1 said 2 s ago." or "As node2 last said; not heard since
    // 22:31:05 (3 min ago)." Empty without a node.
    static QString asSaidBy(const agentlink::FactSource& s, const QDateTime& now)
    {
        if (s.node.isEmpty())
            return {};
        if (s.live)
            return tr("As %1 said %2 ago.").arg(s.node, age(s.ageMs(now)));
        return tr("As %1 last said; %2.").arg(s.node, silentSince(s, now));
    }

    static QColor staleColor() { return QColor(0x80, 0x80, 0x80); }
};

} // namespace twinha::ui
