#pragma once

#include "app/ctl/CtlCommand.h"

#include <QHash>

namespace twinha::app {

// twinhactl watch: one timestamped JSON line per change, until interrupted. Keepalive pushes
// that change nothing print nothing.
class WatchCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;

private:
    void nodeChanged(int index);

    QHash<int, QJsonObject> m_last;
};

} // namespace twinha::app
