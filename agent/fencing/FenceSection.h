#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/config/TomlReader.h"

namespace twinha::agent {

// cluster.toml's [[fence]] tables:
//   [[fence]]
//   node = "node2"                      # the node this device powers off
//   agent = "fence_ipmilan"             # or: script = "/usr/local/sbin/fence-node2"
//   timeout_ms = 60000
//   options = { ip = "10.0.0.12", username = "admin", password_script = "/etc/twinha/ipmi-pass" }
void readFenceSection(TomlReader& r, const toml::table& root, AgentConfig& config);
// Each fenced node is one of the two, named once; exactly one of agent and script; sane timeout.
void checkFenceSection(const AgentConfig& config, ConfigReport& report);

} // namespace twinha::agent
