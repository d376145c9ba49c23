// libFuzzer target: the agent's config loader. config.validate and config.apply hand it TOML that
// arrived over the link, so it reads untrusted text as root.
#include "agent/config/ConfigLoader.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using twinha::agent::ConfigLoader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > size_t(ConfigLoader::kMaxFileBytes))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // A folder that does not exist: relative paths in the input resolve to nothing real.
    const ConfigLoader::Result result =
        ConfigLoader::loadBytes(bytes, QStringLiteral("cluster.toml"), QStringLiteral("/nonexistent/twinha-fuzz"));
    for (const auto& issue : result.issues)
        FUZZ_CHECK(issue.line >= 0 && issue.column >= 0);
    return 0;
}
