#pragma once

#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/OperationTerms.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace twinha::agentlink {

// Journal entries in the user's language: a short label for each type and a one-line sentence
// built from the type and its data. Error codes become sentences through ErrorText. Shared by the
// console's event log and `twinhactl events`.
class EventText
{
    // The context these sentences were translated under when they lived in ui/events: kept, so
    // the existing translations still apply.
    Q_DECLARE_TR_FUNCTIONS(twinha::ui::EventText)

public:
    // For None, the empty string (EventType has no name to fall back on).
    static QString typeLabel(protocol::EventType type, const QJsonObject& data = {});
    static QString summary(protocol::EventType type, const QJsonObject& data);
    // The same from the type as the journal names it: a type this console does not know is
    // labelled with its name, and summarised with its data.
    static QString typeLabel(const QString& type, const QJsonObject& data = {});
    static QString summary(const QString& type, const QJsonObject& data);
    static QString operationKind(protocol::OperationKind kind);
    // Who acted, from a journal entry: the user, and the SSH client only as what it said it was.
    // Empty for the agent itself.
    static QString actor(const QJsonObject& entry);
    // The same for an actor as the agent passes it around (protocol::ActorName: "alice" or
    // "alice (ssh 192.0.2.7)"), in operation records, maintenance and errors.
    static QString actorLabel(const QString& actor);

private:
    static QString label(const QString& user, const QString& claimedSshClient);
    static QString operation(const QJsonObject& data);
    static QString alert(protocol::EventType type, const QJsonObject& data);
    static QString operatorAction(const QJsonObject& data);
    static QString takeOrStepDown(protocol::EventType type, const QJsonObject& data);
    static QString maintenance(const QJsonObject& data);
    static QString fencing(protocol::EventType type, const QJsonObject& data);
    static QString configChange(protocol::EventType type, const QJsonObject& data); // config_prepared ... _peer_unheard
    // data.code, with data's other fields as parameters
    static QString codeSentence(const QJsonObject& data);
    // A string or number field, as text.
    static QString str(const QJsonObject& data, const char* key);
    static QString recovery(protocol::EventType type, const QJsonObject& data); // group_recovery, group_recovered
};

} // namespace twinha::agentlink
