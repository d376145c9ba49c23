#include "agentlink/protocol/Version.h"

namespace twinha::protocol {

QString twinhaVersion()
{
    return QStringLiteral(TWINHA_VERSION_STRING);
}

} // namespace twinha::protocol
