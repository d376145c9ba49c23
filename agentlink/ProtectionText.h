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
        bool alert = false;   // shown in the error colour (a failed fence): implies warning
    };

    static QString level(ProtectionLevel level);
    static QString headline(const ProtectionView& view); // "Protection: Witness"
    static QString explanation(ProtectionLevel level);   // what the level does and does not guard against
    static QString pingOnlyWarning();
    static QString fencingOnlyWarning(); // ping tiebreakers and fencing: a split fences a healthy node
    static QString frozenNodeNote();     // a witness without fencing
    // What follows the headline: alerts first (a fence that failed), then warnings (ping-only,
    // fencing without a witness, levels that differ, a witness that does not answer, an agent that
    // does not say, a fence under way or done), then the witness, its leases and the fence devices.
    // Empty when unknown.
    static QList<Line> lines(const ProtectionView& view);
    // "Fencing: node2 by fence_ipmilan." for the devices at rest; empty when none.
    static QString fenceDevices(const QList<FencingView>& fencing);
    // A device that is fencing, has fenced or failed, as one sentence; empty when at rest.
    static QString fenceState(const FencingView& fencing);
    static QString witness(const WitnessView& witness, const std::array<QString, 2>& nodes);
    static QString lease(const LeaseView& lease);
    static QString remaining(qint64 ms); // "1.9 s"
};

} // namespace twinha::agentlink
