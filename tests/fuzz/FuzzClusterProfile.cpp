// libFuzzer target: the console's cluster profile reader. A profile may come from anyone who
// shares one, and its parse error points at a line and column computed from the input.
#include "agentlink/ClusterProfile.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using twinha::agentlink::ClusterProfile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    twinha::protocol::RpcError error;
    const auto profile = ClusterProfile::fromJson(json, QStringLiteral("/nonexistent/twinha-fuzz"), &error);
    if (profile) {
        FUZZ_CHECK(profile->nodes.size() == 2);
        for (const auto& node : profile->nodes)
            FUZZ_CHECK(node.port >= 1 && node.port <= 65535 && !node.name.isEmpty() && !node.host.isEmpty());
    } else {
        FUZZ_CHECK(!error.code.isEmpty());
        const QJsonValue line = error.params.value(QStringLiteral("line"));
        const QJsonValue column = error.params.value(QStringLiteral("column"));
        if (!line.isUndefined())
            FUZZ_CHECK(line.toInt() >= 1 && column.toInt() >= 1);
    }
    return 0;
}
