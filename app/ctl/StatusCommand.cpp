#include "app/ctl/StatusCommand.h"

#include "agentlink/ClusterMonitor.h"
#include "app/ctl/CtlExitCodes.h"
#include "app/ctl/StatusReport.h"

#include <QJsonDocument>

#include <cstdio>

namespace twinha::app {

void StatusCommand::run()
{
    if (m_ctx.json)
        std::printf("%s",
                    QJsonDocument(StatusReport::json(*m_ctx.monitor)).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qUtf8Printable(StatusReport::text(*m_ctx.monitor)));
    std::fflush(stdout);
    Q_EMIT finished(m_ctx.monitor->allReached() ? exitcodes::kOk : exitcodes::kUnreachable);
}

} // namespace twinha::app
