#pragma once

#include "agent/config/AgentConfig.h"

#include <QList>
#include <QString>

namespace twinha::agent {

// Small facts about groups that every rule needs, all read from the config.
namespace rules {

bool isDuplex(const AgentConfig& config);
// The node that takes a group nobody holds: the preferred one, else the first node listed.
QString designatedNode(const AgentConfig& config, const QString& group);
// Of two nodes that both hold a group at the same epoch, the one that keeps it.
QString tieWinner(const AgentConfig& config, const QString& group);
QList<const ReplicationConfig*> channelsOf(const AgentConfig& config, const QString& group);
QString otherNode(const AgentConfig& config, const QString& node);

} // namespace rules

} // namespace twinha::agent
