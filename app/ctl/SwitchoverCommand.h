#pragma once

#include "agentlink/OperationView.h"
#include "app/ctl/CtlCommand.h"

#include <QElapsedTimer>
#include <QTimer>

namespace twinha::app {

// twinhactl switchover [--group G] [--to NODE] [--yes]: shows the pre-checks and the plan, asks
// for confirmation (unless --yes), starts the agents' transaction and follows it step by step to
// its result. Interrupting twinhactl does not stop the transaction: the agents own it.
class SwitchoverCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;

protected:
    // switchover.start for m_ctx.group and m_ctx.to (with force when m_force), then follows it.
    void start();
    void follow(const agentlink::OperationView& op);

    bool m_force = false;

private:
    bool confirmed() const;

    QString m_id;
    int m_printedSteps = 0;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_done = false;
    bool m_reconnecting = false;
};

} // namespace twinha::app
