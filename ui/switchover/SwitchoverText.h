#pragma once

#include "agentlink/OperationView.h"
#include "ui/switchover/SwitchoverPlan.h"

#include <QCoreApplication>
#include <QString>

namespace twinha::ui {

// The switchover dialogs' sentences, built from the agents' plan and operation records. Kind
// matters: in duplex mode a "switchover" drains one node or brings it back.
class SwitchoverText
{
    Q_DECLARE_TR_FUNCTIONS(twinha::ui::SwitchoverText)

public:
    static QString duration(qint64 ms); // "850 ms", "12.4 s"
    static QString seconds(double s);   // "0.4 s"
    // The service gap to show: -1 when the agents could not measure it, and never longer than the
    // whole operation (the gap spans two nodes' clocks; the total adds up the steps).
    static qint64 gapMs(const agentlink::OperationView& op);
    static QString checkName(const SwitchoverPlan::Check& check);
    static QString plan(const SwitchoverPlan& plan);                  // what will happen, one sentence
    static QString confirmButton(const SwitchoverPlan& plan);         // with a mnemonic
    static QString reverseButton(const agentlink::OperationView& op); // empty when there is no way back
    static QString running(const agentlink::OperationView& op);       // "Switching group … over from … to …"
    static QString outcome(const agentlink::OperationView& op);       // the result as a sentence
    static QString closingNote(); // closing the dialog or losing the link does not stop the agents
};

} // namespace twinha::ui
