#pragma once

#include "agent/resources/Resource.h"
#include "agentlink/protocol/RpcError.h"

#include <QList>
#include <QObject>

namespace twinha::agent {

// Runs one action (start or stop) over resources one at a time, each after the previous one has
// finished: the ordering half of a group, kept apart from its bookkeeping.
class ResourceSequence : public QObject
{
    Q_OBJECT
public:
    explicit ResourceSequence(QObject* parent = nullptr);

    // `stopAtFailure`: a start ends at the first failure; a stop goes on past failures so that
    // as much as possible is released. False while a run is under way.
    bool run(Resource::Action action, const QList<Resource*>& order, bool stopAtFailure);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `succeeded`: how many resources from the front of the order did their action, before the
    // first failure when stopAtFailure was set. `firstError` is null when all succeeded.
    void finished(bool ok, const twinha::protocol::RpcError& firstError, int succeeded);

private:
    void next();
    void onStepFinished(Resource* resource, bool ok, const protocol::RpcError& reason);

    Resource::Action m_action = Resource::Action::Start;
    QList<Resource*> m_order;
    QMetaObject::Connection m_step;
    protocol::RpcError m_firstError;
    int m_index = 0;
    int m_succeeded = 0;
    bool m_stopAtFailure = false;
    bool m_running = false;
};

} // namespace twinha::agent
