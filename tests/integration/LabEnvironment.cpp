#include "tests/integration/LabEnvironment.h"

#include <QDir>
#include <QtTest>

namespace twinha::tests {

QString labDir()
{
    return qEnvironmentVariable("TWINHA_LAB_DIR");
}

QString labProfilePath()
{
    return QDir(labDir()).filePath(QStringLiteral("profile.json"));
}

agentlink::ClusterProfile labProfile()
{
    protocol::RpcError error;
    const auto profile = agentlink::ClusterProfile::load(labProfilePath(), &error);
    if (!profile) {
        qWarning("lab profile %s: %s", qPrintable(labProfilePath()), qPrintable(error.code));
        return {};
    }
    return *profile;
}

QString binPath(const QString& program)
{
    return QDir(qEnvironmentVariable("TWINHA_BIN_DIR")).filePath(program);
}

} // namespace twinha::tests
