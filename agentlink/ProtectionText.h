#pragma once

#include "agentlink/ProtectionView.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace twinha::agentlink {

// The protection level and the witness in words, shared by the dashboard and twinhactl, so that
// the ping-only warning reads the same wherever the level is shown.
class ProtectionText
{
    Q_DECLARE_TR_FUNCTIONS(ProtectionText)

public:
    struct Line
    {
        QString text;
        bool warning = false; // shown in the warning colour
    };

    static QString level(ProtectionLevel level);
    static QString headline(const ProtectionView& view); // "Protection: Witness"
    static QString explanation(ProtectionLevel level);   // what the level does and does not guard against
    static QString pingOnlyWarning();
    // What follows the headline: warnings first (ping-only, levels that differ, a witness that does
    // not answer, an agent that does not say), then the witness and its leases. Empty when unknown.
    static QList<Line> lines(const ProtectionView& view);
    static QString witness(const WitnessView& witness, const std::array<QString, 2>& nodes);
    static QString lease(const LeaseView& lease);
    static QString remaining(qint64 ms); // "1.9 s"
};

} // namespace twinha::agentlink
