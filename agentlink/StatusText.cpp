#include "agentlink/StatusText.h"

#include <cmath>

namespace twinha::agentlink {

QString StatusText::linkState(LinkState state)
{
    switch (state) {
    case LinkState::Idle:
        return tr("Not connected");
    case LinkState::Connecting:
        return tr("Connecting…");
    case LinkState::Handshaking:
        return tr("Starting session…");
    case LinkState::Ready:
        return tr("Connected");
    case LinkState::Disconnected:
        return tr("Unreachable");
    }
    return {};
}

QString StatusText::role(const QString& role)
{
    if (role == QLatin1String("active"))
        return tr("Active");
    if (role == QLatin1String("standby"))
        return tr("Standby");
    if (role == QLatin1String("starting"))
        return tr("Starting");
    if (role == QLatin1String("stopping"))
        return tr("Stopping");
    return tr("Unknown");
}

QString StatusText::mode(const QString& mode)
{
    if (mode == QLatin1String("hot-standby"))
        return tr("Hot standby");
    if (mode == QLatin1String("mutual-backup"))
        return tr("Mutual backup");
    if (mode == QLatin1String("duplex"))
        return tr("Duplex");
    return tr("Unknown mode");
}

QString StatusText::duration(double seconds)
{
    const qint64 s = static_cast<qint64>(std::floor(std::max(0.0, seconds)));
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(s % 60);
    return tr("%1 s").arg(s);
}

} // namespace twinha::agentlink
