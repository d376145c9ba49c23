#pragma once

#include "agentlink/ClusterView.h"
#include "agentlink/LinkState.h"
#include "agentlink/protocol/OperationTerms.h"
#include "agentlink/protocol/ResourceAction.h"
#include "agentlink/protocol/Role.h"

#include <QCoreApplication>
#include <QString>

namespace twinha::agentlink {

// Translated names for states and roles, shared by the console and twinhactl.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString linkState(LinkState state);
    static QString role(protocol::Role role);
    static QString mode(protocol::ClusterMode mode);
    static QString duration(double seconds); // "3 d 4 h", "12 min 5 s", localised
    // A step or phase of an operation.
    static QString step(protocol::OperationPhase step);
    static QString resourceAction(protocol::ResourceAction action); // "" for None
    // Items of a list inside a sentence, with the language's separator (", ", "、").
    static QString list(const QStringList& items);
    static QString result(protocol::OperationResult result);
    static QString check(const QString& check);  // switchover pre-check names
    static QString health(ClusterHealth health); // the badge: OK, degraded, split-brain...
    // The three-way verdict as a sentence; `subject` names the node it is about, if any.
    static QString diagnosis(ClusterDiagnosis diagnosis, const QString& subject);
    // The same, told apart by how far the console got: a node whose SSH login works but whose agent
    // did not answer is not called unreachable. `nodes` are the pair's, in profile order.
    static QString diagnosis(const ClusterView& view, const QList<NodeView>& nodes);
    // Not connected, and the last attempt failed after the SSH login: at the agent's session, its
    // socket or its answer (NodeView::failedAfterLogin; lastError says which).
    static bool agentSilent(const NodeView& node);
};

} // namespace twinha::agentlink
