#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// Why an alert ([[notify]]) or the wizard's test message was not delivered: NOTIFY_NOT_DELIVERED's
// `reason`. A name this side does not know reads as Unknown, and the console shows `detail`.
enum class NotifyFailure
{
    Unknown,
    Timeout,    // timeout {program, timeout_ms}: the script or sendmail did not finish in time
    Exit,       // exit {program, exit_status, output}: it failed
    NotStarted, // not_started {program}: it could not be started
    Http,       // http {url, status}: the web server answered with an error status
    Network,    // network {url, error}: the web server could not be reached (Qt's words in `error`)
};

inline QString notifyFailureName(NotifyFailure reason)
{
    switch (reason) {
    case NotifyFailure::Timeout:
        return QStringLiteral("timeout");
    case NotifyFailure::Exit:
        return QStringLiteral("exit");
    case NotifyFailure::NotStarted:
        return QStringLiteral("not_started");
    case NotifyFailure::Http:
        return QStringLiteral("http");
    case NotifyFailure::Network:
        return QStringLiteral("network");
    case NotifyFailure::Unknown:
        break;
    }
    return {};
}

inline NotifyFailure notifyFailureFrom(const QString& name)
{
    static constexpr NotifyFailure kNamed[] = {NotifyFailure::Timeout, NotifyFailure::Exit, NotifyFailure::NotStarted,
                                               NotifyFailure::Http, NotifyFailure::Network};
    return fromWireName(name, kNamed, &notifyFailureName, NotifyFailure::Unknown);
}

} // namespace twinha::protocol
