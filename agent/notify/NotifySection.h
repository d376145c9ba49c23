#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/config/TomlReader.h"

namespace twinha::agent {

// cluster.toml's [[notify]] tables, one way of delivery each:
//   [[notify]]
//   name = "ops-mail"
//   events = ["failover", "split_brain", "fencing"]   # default: every kind
//   email = ["ops@example.com"]                       # or: script = "/usr/local/sbin/ha-alert"
//                                                     # or: webhook = "https://chat.example/hook"
//   timeout_ms = 10000
void readNotifySection(TomlReader& r, const toml::table& root, AgentConfig& config);
// Exactly one of script, email and webhook; known kinds; an absolute script; an http(s) URL;
// addresses that look like addresses; unique names.
void checkNotifySection(AgentConfig& config, ConfigReport& report);

} // namespace twinha::agent
