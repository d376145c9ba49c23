#include "agentlink/EventText.h"

// The sentences of the agents' own alerts ([[notify]]): what reached whom, or did not.

namespace twinha::agentlink {

QString EventText::alert(protocol::EventType type, const QJsonObject& data)
{
    static const struct
    {
        const char* kind;
        const char* name;
    } kinds[] = {
        {"role", QT_TR_NOOP("a role change")},      {"failover", QT_TR_NOOP("a failover")},
        {"switchover", QT_TR_NOOP("a switchover")}, {"split_brain", QT_TR_NOOP("a split-brain")},
        {"link", QT_TR_NOOP("a heartbeat link")},   {"lag", QT_TR_NOOP("replication lag")},
        {"fencing", QT_TR_NOOP("fencing")},
    };
    QString about = str(data, "kind");
    for (const auto& k : kinds)
        if (about == QLatin1String(k.kind))
            about = tr(k.name);
    const int attempts = int(data.value(QStringLiteral("attempts")).toInteger());
    if (type == protocol::EventType::NotifySent)
        return tr("The alert about %1 (%2) reached %3 after %n attempt(s).", nullptr, attempts)
            .arg(about, str(data, "subject"), str(data, "target"));
    // What went wrong, in the user's language; an agent from before the code sent English only.
    const QString why = data.contains(QStringLiteral("code")) ? codeSentence(data) : str(data, "detail");
    //: %4 says why: a program that failed, or a web server that answered with an error
    return tr("The alert about %1 (%2) did not reach %3 after %n attempt(s): %4", nullptr, attempts)
        .arg(about, str(data, "subject"), str(data, "target"), why);
}

} // namespace twinha::agentlink
