#pragma once

#include <QString>

namespace twinha::protocol {

// TwinHA's release version, the same for the console and the agent built from one tree.
QString twinhaVersion();

} // namespace twinha::protocol
