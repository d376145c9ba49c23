#include "agent/CommandLine.h"
#include "agent/journal/Journal.h"
#include "agent/journal/JournalVerifyCommand.h"
#include "tests/agent/AgentTestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// `twinha-agent journal verify`: the chain checked with the cluster key the config names.
class TestJournalVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;

    QString journalPath() const { return m_dir.filePath(QStringLiteral("state/journal.jsonl")); }

    int verify(QString* output)
    {
        QTextStream out(output);
        return JournalVerifyCommand::run(m_config, m_dir.filePath(QStringLiteral("state")), out);
    }

private Q_SLOTS:
    void init()
    {
        m_config = support::writeClusterDir(m_dir.path(), support::minimalConfig());
        QVERIFY(!m_config.isEmpty());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("state"))));
        QFile::remove(journalPath());
        // The daemon's journal, keyed with the key the config names (cluster.key: 48 'k's).
        Journal j(QStringLiteral("n1"), QByteArray(48, 'k'));
        twinha::protocol::RpcError error;
        QVERIFY(j.open(journalPath(), &error));
        for (const char* type : {"agent_started", "peer_lost", "failover_started"})
            QVERIFY(j.append(QString::fromLatin1(type), QStringLiteral("agent"), {}, &error));
    }

    void anIntactJournalSaysHowManyEntries()
    {
        QString output;
        QCOMPARE(verify(&output), 0);
        QVERIFY2(output.contains(QLatin1String("3 entries, the chain is intact")), qPrintable(output));
    }

    void aChangedEntryIsNamedWithWhy()
    {
        QFile f(journalPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("peer_lost", "peer_lust");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        QString output;
        QCOMPARE(verify(&output), 1);
        QVERIFY2(output.contains(QLatin1String("the first bad entry is seq 2")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("it was changed")), qPrintable(output));
    }

    void anOpenKeyIsRefused()
    {
        QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("cluster.key")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QString output;
        QCOMPARE(verify(&output), 2);
        QVERIFY2(output.contains(QLatin1String("chmod 600")), qPrintable(output));
        QVERIFY(
            QFile::setPermissions(m_dir.filePath(QStringLiteral("cluster.key")), QFile::ReadOwner | QFile::WriteOwner));
    }

    void theCommandLineTakesVerifyOnly()
    {
        const CommandLine ok =
            CommandLine::parse({QStringLiteral("twinha-agent"), QStringLiteral("journal"), QStringLiteral("verify"),
                                QStringLiteral("--state-dir"), QStringLiteral("/tmp/x")});
        QVERIFY2(ok.isValid(), qPrintable(ok.error()));
        QCOMPARE(ok.command(), CommandLine::Command::JournalVerify);
        QCOMPARE(ok.stateDir(), QStringLiteral("/tmp/x"));
        QVERIFY(!CommandLine::parse({QStringLiteral("twinha-agent"), QStringLiteral("journal")}).isValid());
        QVERIFY(
            !CommandLine::parse({QStringLiteral("twinha-agent"), QStringLiteral("journal"), QStringLiteral("rewrite")})
                 .isValid());
    }
};

QTEST_GUILESS_MAIN(TestJournalVerify)
#include "TestJournalVerify.moc"
