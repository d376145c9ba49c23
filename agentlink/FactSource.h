#pragma once

#include "agentlink/NodeView.h"

#include <QDateTime>
#include <QString>

namespace twinha::agentlink {

// Who said a fact the console shows, and how current it is: a node the console hears now
// (NodeView::live) speaks for the present; any other node's word is history, as of `heardAt`.
struct FactSource
{
    QString node;
    bool live = false;
    QDateTime heardAt; // console clock, when the node's last status arrived; invalid: never heard

    bool known() const { return heardAt.isValid(); }
    qint64 ageMs(const QDateTime& now) const { return heardAt.isValid() ? heardAt.msecsTo(now) : -1; }

    static FactSource of(const NodeView& n) { return {n.endpoint.name, n.live(), n.receivedAt}; }
};

} // namespace twinha::agentlink
