#include "app/ctl/MirrorCommand.h"

#include "agentlink/ErrorText.h"
#include "agentlink/MirrorKeyExchange.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "app/ctl/CtlExitCodes.h"

namespace twinha::app {

void MirrorCommand::run()
{
    m_exchange = new agentlink::MirrorKeyExchange(m_ctx.monitor, this);
    connect(m_exchange, &agentlink::MirrorKeyExchange::finished, this, &MirrorCommand::finish);
    m_exchange->start();
}

void MirrorCommand::finish()
{
    int code = exitcodes::kOk;
    for (int i = 0; i < 2; ++i) {
        const agentlink::MirrorKeyExchange::NodeResult& n = m_exchange->node(i);
        const QString name = m_exchange->nodeName(i);
        if (m_ctx.json) {
            QJsonObject o{{QStringLiteral("node"), name},
                          {QStringLiteral("public_key"), n.publicKey},
                          {QStringLiteral("trusted"), n.trusted}};
            if (!n.error.isNull())
                o.insert(QStringLiteral("error"), n.error.toJson());
            printJson(o);
        } else if (n.trusted) {
            print(tr("%1: lets %2's mirror key in, and knows %2's host key").arg(name, m_exchange->nodeName(1 - i)));
        }
        if (n.error.isNull())
            continue;
        if (!m_ctx.json)
            printError(name + QStringLiteral(": ") + agentlink::ErrorText::describe(n.error));
        const int c = n.error.code == QLatin1String(protocol::codes::kMirrorHostKeyMissing) ? exitcodes::kFailed
                                                                                            : exitCodeFor(n.error.code);
        code = std::max(code, c);
    }
    if (code == exitcodes::kOk && !m_exchange->ok())
        code = exitcodes::kFailed;
    Q_EMIT finished(code);
}

} // namespace twinha::app
