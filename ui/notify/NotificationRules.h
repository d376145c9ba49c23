#pragma once

#include "agentlink/ClusterView.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace twinha::ui {

// What deserves a desktop notification, decided by comparing a cluster's view before and after
// a change, so a state that stays bad is announced once, not on every status push.
struct Notice
{
    enum class Kind
    {
        LinkLoss,
        Failover,
        SplitBrain,
        LagOverThreshold,
        FenceFailed, // a fence device failed: no takeover until it succeeds (follows the failover setting)
    };
    Kind kind;
    QString title;
    QString text;
    bool critical = false;
};

class NotificationRules
{
    Q_DECLARE_TR_FUNCTIONS(NotificationRules)

public:
    // `lagWarningS`: the console's own threshold; a channel's agent limit counts too.
    static QList<Notice> compare(const QString& cluster, const agentlink::ClusterView& before,
                                 const agentlink::ClusterView& after, double lagWarningS);
};

} // namespace twinha::ui
