#pragma once

#include "agentlink/protocol/RpcMessage.h"
#include "app/ctl/CtlCommand.h"

#include <QJsonObject>
#include <QList>

namespace twinha::app {

// twinhactl divergence list | divergence show ID: the sets of files a resync kept instead of
// deleting or overwriting them (after a split or an unplanned failover), as each node's agent
// records them (divergence.list, divergence.show). `show` asks every node and prints the one that
// keeps the set, with its files (--limit N of them). Operators only: an observer gets exit code 5.
class DivergenceCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;
    // The words after "divergence": "list", or "show" and an id.
    static bool validArguments(const QStringList& words);
    static QString sizeText(qint64 bytes);

private:
    void answered(const QString& node, const protocol::RpcMessage& reply);
    void finish();
    void printList() const;
    void printSet(const QJsonObject& result) const;

    bool m_show = false;
    int m_waiting = 0;
    int m_failed = 0;
    int m_denied = 0;
    QList<QJsonObject> m_results; // one per node that answered, "node" included
};

} // namespace twinha::app
