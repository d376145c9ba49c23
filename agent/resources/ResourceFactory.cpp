#include "agent/resources/ResourceFactory.h"

#include "agent/resources/PostgresResource.h"
#include "agent/resources/ScriptResource.h"
#include "agent/resources/SystemdResource.h"
#include "agent/resources/VipResource.h"

namespace twinha::agent {

Resource* createResource(const ResourceConfig& config, const ResourceContext& context, QObject* parent)
{
    switch (config.type) {
    case ResourceType::Vip:
        return new VipResource(config, context, QString(), parent);
    case ResourceType::Systemd:
        return new SystemdResource(config, context, parent);
    case ResourceType::Script:
        return new ScriptResource(config, context, parent);
    case ResourceType::Postgresql:
        return new PostgresResource(config, context, parent);
    case ResourceType::Unknown:
        break;
    }
    return nullptr;
}

} // namespace twinha::agent
