#include "agent/replication/MirrorSshKey.h"

#include "agent/AgentLog.h"
#include "agent/replication/MirrorTransport.h"
#include "agent/replication/SshPublicKey.h"
#include "agent/resources/CommandRunner.h"

#include <QDir>
#include <QFile>

namespace twinha::agent {

namespace {
constexpr int kKeygenTimeoutMs = 10000;
}

MirrorSshKey::MirrorSshKey(const QString& node, const QString& stateDir, QObject* parent)
    : QObject(parent)
    , m_node(node)
    , m_stateDir(stateDir)
{}

void MirrorSshKey::get(const Done& done)
{
    QString key;
    QString detail;
    if (m_waiting.isEmpty() && QFile::exists(MirrorTransport::keyPath(m_stateDir)) && readPublic(&key, &detail)) {
        done(key, MirrorTransport::keyPath(m_stateDir) + QStringLiteral(".pub"), {});
        return;
    }
    m_waiting << done;
    if (m_waiting.size() == 1)
        generate();
}

bool MirrorSshKey::readPublic(QString* key, QString* detail) const
{
    QFile pub(MirrorTransport::keyPath(m_stateDir) + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly)) {
        *detail = pub.errorString();
        return false;
    }
    const std::optional<SshPublicKey> parsed =
        SshPublicKey::parse(QString::fromLatin1(pub.readAll()), {QStringLiteral("ssh-ed25519")});
    if (!parsed) {
        *detail = QStringLiteral("not an ssh-ed25519 public key");
        return false;
    }
    *key = parsed->line();
    return true;
}

void MirrorSshKey::generate()
{
    const QString dir = MirrorTransport::sshDir(m_stateDir);
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        finish({}, dir + QStringLiteral(": cannot create"));
        return;
    }
    const QString path = MirrorTransport::keyPath(m_stateDir);
    QFile::remove(path + QStringLiteral(".pub")); // a half pair from an interrupted run would make ssh-keygen ask
    auto* runner = new CommandRunner(this);
    runner->setTimeoutMs(kKeygenTimeoutMs);
    connect(runner, &CommandRunner::finished, this, [this, runner, path](const CommandRunner::Result& r) {
        runner->deleteLater();
        QString key;
        QString detail;
        if (!r.ok())
            detail = r.timedOut ? QStringLiteral("ssh-keygen timed out") : r.stderrTail.trimmed();
        else if (readPublic(&key, &detail))
            AgentLog::get("agent.replication")->info("made the mirror key {}", path.toStdString());
        finish(key, detail.isEmpty() && key.isEmpty() ? QStringLiteral("ssh-keygen failed") : detail);
    });
    if (QFile::exists(path))
        QFile::remove(path);
    runner->runTool(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                     QString(), QStringLiteral("-C"), QStringLiteral("twinha-mirror@") + m_node, QStringLiteral("-f"),
                     path});
}

void MirrorSshKey::finish(const QString& key, const QString& detail)
{
    const QList<Done> waiting = std::exchange(m_waiting, {});
    for (const Done& done : waiting)
        done(key, MirrorTransport::keyPath(m_stateDir) + QStringLiteral(".pub"), key.isEmpty() ? detail : QString());
}

} // namespace twinha::agent
