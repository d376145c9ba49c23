#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace twinha::tests {

// A lab of a test's own, shaped by lab.sh options (--mode, --automatic-failover...), in a new
// folder beside the shared lab fixture (TWINHA_LAB_DIR's parent). Always stopped in the
// destructor, stopped agents first resumed; its folder is removed unless the test failed, so the
// agents' logs stay for the post-mortem.
class ExtraLab
{
public:
    explicit ExtraLab(const QStringList& options = {});
    ~ExtraLab();

    bool isUp() const { return m_up; }
    QString upOutput() const { return m_output; }
    QString dir() const { return m_dir; }
    QString value(const QString& key) const { return m_env.value(key); } // from lab.env
    qint64 pid(const QString& key) const { return m_env.value(key).toLongLong(); }
    QString socket(int node) const { return value(QStringLiteral("NODE%1_SOCKET").arg(node)); }
    QString file(const QString& relative) const { return m_dir + QLatin1Char('/') + relative; }

    // The lab.env of an already running lab (the shared fixture), without owning it.
    static QMap<QString, QString> readEnv(const QString& labDir);

private:
    QString m_dir;
    QMap<QString, QString> m_env;
    QString m_output;
    bool m_up = false;
};

QString labScript();
// The first line of a file, or empty when it does not exist (e.g. the VIP holder file).
QString firstLine(const QString& path);
// Polls `condition` with the event loop running until it holds or timeoutMs passes.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs);

} // namespace twinha::tests
