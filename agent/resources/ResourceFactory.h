#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/resources/Resource.h"
#include "agent/resources/ResourceContext.h"

namespace twinha::agent {

// The resource for one [[group.resource]] entry; nullptr for an unknown type, which the config
// validator has already rejected.
Resource* createResource(const ResourceConfig& config, const ResourceContext& context, QObject* parent = nullptr);

} // namespace twinha::agent
