#include "agent/witness/WitnessConfig.h"
#include "agent/witness/WitnessMessage.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/FreePort.h"
#include "tests/agent/AgentTestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include <csignal>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// Runs the real `twinha-agent witness --config FILE`: a bad config is refused with every problem
// named, a good one answers signed lease requests on UDP and stops cleanly on SIGTERM, the lease
// record survives a restart, a damaged record keeps it from starting, and the example config
// that the package installs loads.
class TestWitnessCommand : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kTtlMs = 1000; // the nodes' ttl_ms in the requests sent here
    const QByteArray m_key = QByteArray(48, 'w');
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    qint64 m_seq = 0;

    QString file(const QString& name) const { return m_dir->filePath(name); }
    QString stateDir() const { return file(QStringLiteral("state")); }
    QString leasesPath() const { return file(QStringLiteral("state/leases.json")); }

    // DIR/witness.toml for the cluster "mail" (key DIR/mail.key, 0600), state in DIR/state, plus `extra`.
    QString writeConfig(const QByteArray& extra = {}) const
    {
        const QByteArray text = QStringLiteral("listen = [\"127.0.0.1:%1\"]\n"
                                               "state_dir = \"%2\"\n"
                                               "[[cluster]]\n"
                                               "name = \"mail\"\n"
                                               "key_file = \"mail.key\"\n")
                                    .arg(m_port)
                                    .arg(stateDir())
                                    .toUtf8() +
                                extra;
        const QString path = file(QStringLiteral("witness.toml"));
        if (!support::writeFile(file(QStringLiteral("mail.key")), m_key, QFile::ReadOwner | QFile::WriteOwner) ||
            !support::writeFile(path, text))
            return {};
        return path;
    }

    // Runs a witness that is expected to refuse to start; its exit code (-1: it did not exit).
    static int runRefused(const QString& config, QByteArray* stderrText)
    {
        QProcess p;
        p.start(support::agentBinary(), {QStringLiteral("witness"), QStringLiteral("--config"), config});
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *stderrText = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    WitnessRequest request(const QString& node, const QString& boot)
    {
        WitnessRequest r;
        r.cluster = QStringLiteral("mail");
        r.group = QStringLiteral("g");
        r.node = node;
        r.boot = boot;
        r.seq = ++m_seq;
        r.ttlMs = kTtlMs;
        r.epoch = 1;
        return r;
    }

    // Sends `datagram` and waits up to `timeoutMs` for the signed reply to request `seq`.
    std::optional<WitnessReply> exchange(QUdpSocket& s, const QByteArray& datagram, qint64 seq, int timeoutMs)
    {
        s.writeDatagram(datagram, QHostAddress::LocalHost, m_port);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (!s.hasPendingDatagrams() && !s.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - t.elapsed()))))
                continue;
            while (s.hasPendingDatagrams()) {
                const QNetworkDatagram d = s.receiveDatagram();
                const std::optional<WitnessReply> reply = WitnessReply::decode(d.data(), QStringLiteral("mail"), m_key);
                if (reply && reply->seq == seq)
                    return reply;
            }
        }
        return std::nullopt;
    }

    std::optional<WitnessReply> ask(QUdpSocket& s, const WitnessRequest& r, int timeoutMs = 500)
    {
        return exchange(s, r.encode(m_key), r.seq, timeoutMs);
    }

    // Asks again (a fresh request every 100 ms) until the witness answers, within `timeoutMs`.
    std::optional<WitnessReply> firstAnswer(QUdpSocket& s, const QString& node, const QString& boot, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (const std::optional<WitnessReply> reply = ask(s, request(node, boot), 100))
                return reply;
        }
        return std::nullopt;
    }

    // Asks until the lease is granted, within `timeoutMs`.
    std::optional<WitnessReply> grant(QUdpSocket& s, const QString& node, const QString& boot, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const std::optional<WitnessReply> reply = ask(s, request(node, boot), 200);
            if (reply && reply->granted)
                return reply;
            QTest::qWait(50);
        }
        return std::nullopt;
    }

    bool startWitness(QProcess& p, const QString& config)
    {
        p.start(support::agentBinary(), {QStringLiteral("witness"), QStringLiteral("--config"), config});
        return p.waitForStarted(5000);
    }

    // SIGTERM; the exit code if the witness exited by itself within `timeoutMs`, else -1.
    static int terminate(QProcess& p, int timeoutMs)
    {
        ::kill(pid_t(p.processId()), SIGTERM);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            return -1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static QString sourceFile(const QString& relative)
    {
        return QDir(qEnvironmentVariable("TWINHA_SOURCE_DIR")).filePath(relative);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(support::agentBinary()), qPrintable(support::agentBinary())); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_port = twinha::tests::freeUdpPort();
        QVERIFY(m_port != 0);
    }

    void cleanup() { m_dir.reset(); }

    void badConfigExits2AndNamesEveryProblem()
    {
        const QByteArray text = QStringLiteral("listen = [\"127.0.0.1:%1\"]\n"
                                               "state_dir = \"%2\"\n"
                                               "colour = \"blue\"\n"
                                               "[[cluster]]\n"
                                               "name = \"mail\"\n"
                                               "key_file = \"missing.key\"\n")
                                    .arg(m_port)
                                    .arg(stateDir())
                                    .toUtf8();
        const QString config = file(QStringLiteral("witness.toml"));
        QVERIFY(support::writeFile(config, text));
        QByteArray err;
        QCOMPARE(runRefused(config, &err), 2);
        QVERIFY2(err.contains("colour: unknown key"), err.constData());
        QVERIFY2(err.contains(file(QStringLiteral("missing.key")).toUtf8()), err.constData());
        QVERIFY2(err.contains("cluster \"mail\""), err.constData());
        QVERIFY(!QFile::exists(leasesPath()));
    }

    void answersSignedRequestsAndStopsOnSigterm()
    {
        const QString config = writeConfig();
        QVERIFY(!config.isEmpty());
        QUdpSocket s;
        QVERIFY(s.bind(QHostAddress::LocalHost, 0));
        QProcess witness;
        QElapsedTimer sinceStart;
        sinceStart.start();
        QVERIFY(startWitness(witness, config));
        const QString boot1 = QStringLiteral("1111111111111111");

        const std::optional<WitnessReply> first = firstAnswer(s, QStringLiteral("n1"), boot1, 10000);
        QVERIFY2(first, witness.readAllStandardError().constData());
        QCOMPARE(first->cluster, QStringLiteral("mail"));
        QCOMPARE(first->group, QStringLiteral("g"));
        QCOMPARE(first->node, QStringLiteral("n1"));
        QCOMPARE(first->boot, boot1);
        // The witness started after us: while less than a TTL has passed here, less has passed
        // there, and a group with no record is not granted within one TTL of the start.
        if (sinceStart.elapsed() < kTtlMs) {
            QVERIFY(!first->granted);
            QCOMPARE(first->code, QString::fromLatin1(twinha::protocol::codes::kWitnessLeaseHeld));
            QVERIFY(first->holder.isEmpty());
        }

        const std::optional<WitnessReply> granted = grant(s, QStringLiteral("n1"), boot1, 5000);
        QVERIFY(granted);
        QCOMPARE(granted->holder, QStringLiteral("n1"));
        QCOMPARE(granted->generation, 1);
        QVERIFY(granted->remainingMs > 0 && granted->remainingMs <= kTtlMs);
        QVERIFY(granted->code.isEmpty());

        // The other node is refused while n1 holds the lease.
        const std::optional<WitnessReply> other =
            ask(s, request(QStringLiteral("n2"), QStringLiteral("2222222222222222")));
        QVERIFY(other);
        QVERIFY(!other->granted);
        QCOMPARE(other->holder, QStringLiteral("n1"));
        QCOMPARE(other->code, QString::fromLatin1(twinha::protocol::codes::kWitnessLeaseHeld));

        // A copy of an answered request, and a request under another key, get no answer at all.
        const WitnessRequest renewal = request(QStringLiteral("n1"), boot1);
        const QByteArray datagram = renewal.encode(m_key);
        QVERIFY(exchange(s, datagram, renewal.seq, 500));
        QVERIFY(!exchange(s, datagram, renewal.seq, 300));
        const WitnessRequest forged = request(QStringLiteral("n2"), QStringLiteral("2222222222222222"));
        QVERIFY(!exchange(s, forged.encode(QByteArray(48, 'x')), forged.seq, 300));

        // The grant is on disk before it was answered.
        QFile record(leasesPath());
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(record.readAll()).object();
        QCOMPARE(doc[QStringLiteral("twinha_witness")].toInt(), 1);
        QCOMPARE(doc[QStringLiteral("leases")][QStringLiteral("mail")][QStringLiteral("g")][QStringLiteral("holder")]
                     .toString(),
                 QStringLiteral("n1"));

        QCOMPARE(witness.state(), QProcess::Running);
        QElapsedTimer stopping;
        stopping.start();
        QCOMPARE(terminate(witness, 2000), 0);
        QVERIFY(stopping.elapsed() < 2000);
    }

    void restartedWitnessKeepsItsRecord()
    {
        const QString config = writeConfig();
        QVERIFY(!config.isEmpty());
        QUdpSocket s;
        QVERIFY(s.bind(QHostAddress::LocalHost, 0));
        const QString boot1 = QStringLiteral("1111111111111111");
        {
            QProcess witness;
            QVERIFY(startWitness(witness, config));
            QVERIFY(firstAnswer(s, QStringLiteral("n1"), boot1, 10000));
            QVERIFY(grant(s, QStringLiteral("n1"), boot1, 5000));
            QCOMPARE(terminate(witness, 2000), 0);
        }
        QProcess witness;
        QVERIFY(startWitness(witness, config));
        // n2 is refused at once: the record says n1 holds the lease, which runs a TTL from the restart.
        const std::optional<WitnessReply> other =
            firstAnswer(s, QStringLiteral("n2"), QStringLiteral("2222222222222222"), 10000);
        QVERIFY2(other, witness.readAllStandardError().constData());
        QVERIFY(!other->granted);
        QCOMPARE(other->holder, QStringLiteral("n1"));
        QCOMPARE(other->generation, 1);
        // n1 renews without waiting, under the same generation.
        const std::optional<WitnessReply> renewed = ask(s, request(QStringLiteral("n1"), boot1));
        QVERIFY(renewed);
        QVERIFY(renewed->granted);
        QCOMPARE(renewed->generation, 1);
        QCOMPARE(terminate(witness, 2000), 0);
    }

    void damagedRecordKeepsItFromStarting_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("folder");
        QTest::addColumn<bool>("unreadable");
        QTest::newRow("garbage") << QByteArray("{\"twinha_witness\": 1, \"leases\": {") << false << false;
        QTest::newRow("empty") << QByteArray() << false << false;
        QTest::newRow("other JSON") << QByteArray("{\"leases\": {}}") << false << false;
        QTest::newRow("a folder") << QByteArray() << true << false;
        QTest::newRow("unreadable") << QByteArray("{\"twinha_witness\": 1, \"leases\": {}}") << false << true;
    }

    void damagedRecordKeepsItFromStarting()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, folder);
        QFETCH(bool, unreadable);
        if (unreadable && ::geteuid() == 0)
            QSKIP("root reads a file whatever its mode");
        const QString config = writeConfig();
        QVERIFY(!config.isEmpty());
        QVERIFY(QDir().mkpath(stateDir()));
        if (folder)
            QVERIFY(QDir().mkpath(leasesPath()));
        else
            QVERIFY(support::writeFile(leasesPath(), content, unreadable ? QFile::WriteOwner : QFile::Permissions()));
        QByteArray err;
        QCOMPARE(runRefused(config, &err), 1);
        QVERIFY2(err.contains(leasesPath().toUtf8()), err.constData());
    }

    // The example that the package installs as /etc/twinha/witness.toml.example loads once its key
    // files exist, and keeps its record where twinha-witness.service lets it write.
    void installedExampleLoadsAndMatchesTheUnit()
    {
        QFile example(sourceFile(QStringLiteral("installer/witness.toml")));
        QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(example.fileName()));
        const QByteArray text = example.readAll();
        const QString copy = file(QStringLiteral("witness.toml"));
        QVERIFY(support::writeFile(copy, text));
        static const QRegularExpression keyFile(QStringLiteral("^\\s*key_file\\s*=\\s*\"([^\"]+)\""),
                                                QRegularExpression::MultilineOption);
        int keys = 0;
        for (auto it = keyFile.globalMatch(QString::fromUtf8(text)); it.hasNext(); ++keys) {
            const QString path = QDir(m_dir->path()).absoluteFilePath(it.next().captured(1));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(support::writeFile(path, m_key, QFile::ReadOwner | QFile::WriteOwner));
        }
        QVERIFY(keys > 0);
        WitnessServerConfig c;
        QStringList errors;
        QVERIFY2(WitnessServerConfig::load(copy, &c, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.clusters.size(), keys);
        QVERIFY(!c.listen.isEmpty());

        QFile unit(sourceFile(QStringLiteral("installer/twinha-witness.service")));
        QVERIFY2(unit.open(QIODevice::ReadOnly), qPrintable(unit.fileName()));
        const QString service = QString::fromUtf8(unit.readAll());
        const QRegularExpressionMatch state =
            QRegularExpression(QStringLiteral("^StateDirectory=(\\S+)$"), QRegularExpression::MultilineOption)
                .match(service);
        QVERIFY(state.hasMatch());
        QCOMPARE(c.stateDir, QStringLiteral("/var/lib/") + state.captured(1));
        QVERIFY(service.contains(QLatin1String("\nExecStart=/usr/sbin/twinha-agent witness --config "
                                               "/etc/twinha/witness.toml\n")));
    }
};

QTEST_GUILESS_MAIN(TestWitnessCommand)
#include "TestWitnessCommand.moc"
