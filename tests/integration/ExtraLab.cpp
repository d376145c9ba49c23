#include "tests/integration/ExtraLab.h"

#include "tests/integration/LabEnvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <csignal>

namespace twinha::tests {

QString labScript()
{
    return qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/tests/lab/lab.sh");
}

QString firstLine(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QMap<QString, QString> ExtraLab::readEnv(const QString& labDir)
{
    QMap<QString, QString> env;
    QFile file(labDir + QStringLiteral("/lab.env"));
    if (!file.open(QIODevice::ReadOnly))
        return env;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!line.startsWith(QLatin1Char('#')) && eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

ExtraLab::ExtraLab(const QStringList& options)
{
    const QString parent = QFileInfo(labDir()).absolutePath();
    QTemporaryDir tmp(parent + QStringLiteral("/xlab-XXXXXX"));
    tmp.setAutoRemove(false); // lab.sh down --purge removes it
    m_dir = tmp.path();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(labScript(), QStringList{QStringLiteral("up"), m_dir, QStringLiteral("--agent"),
                                     binPath(QStringLiteral("twinha-agent"))} +
                             options);
    if (!p.waitForFinished(60000))
        p.kill();
    m_output = QString::fromUtf8(p.readAll());
    m_env = readEnv(m_dir);
    m_up = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && !m_env.isEmpty();
}

ExtraLab::~ExtraLab()
{
    if (m_dir.isEmpty())
        return;
    // A stopped process cannot act on SIGTERM: resume the agents before the lab stops them.
    for (const char* key : {"NODE1_AGENT_PID", "NODE2_AGENT_PID"})
        if (const qint64 p = pid(QLatin1String(key)); p > 0)
            ::kill(pid_t(p), SIGCONT);
    QStringList args{QStringLiteral("down"), m_dir};
    if (!QTest::currentTestFailed())
        args << QStringLiteral("--purge");
    else
        qWarning("lab kept for its logs: %s", qPrintable(m_dir));
    QProcess::execute(labScript(), args);
}

} // namespace twinha::tests
