#include "agent/config/ConfigLoader.h"
#include "agentlink/protocol/RpcMessage.h"
#include "tests/agent/DaemonProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using twinha::protocol::RpcMessage;
namespace support = twinha::agent::test;

// The real daemon started without a config: it must answer the setup wizard, take a config with
// config.apply and come up with it, keeping the client's connection across the reload.
class TestBlankDaemon : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<support::DaemonProcess> m_daemon;
    QLocalSocket m_socket;
    qint64 m_id = 1;

    std::optional<RpcMessage> call(const QString& method, const QJsonObject& params = {})
    {
        const qint64 id = m_id++;
        m_socket.write(RpcMessage::request(id, method, params).toLine());
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            while (m_socket.canReadLine()) {
                std::optional<RpcMessage> m = RpcMessage::parse(m_socket.readLine());
                if (m && m->kind != RpcMessage::Kind::Notification && m->id.toInteger() == id)
                    return m;
            }
            if (m_socket.state() != QLocalSocket::ConnectedState)
                return std::nullopt;
            m_socket.waitForReadyRead(100);
        }
        return std::nullopt;
    }

    QJsonObject status() { return call(QStringLiteral("status.get")).value_or(RpcMessage()).result.toObject(); }

    // Starts the daemon with the config path left empty.
    bool startBlank()
    {
        m_daemon->process().setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon->process().start(support::agentBinary(), m_daemon->arguments());
        if (!m_daemon->process().waitForStarted(5000) || !support::waitForListener(m_daemon->socketPath(), 10000))
            return false;
        m_socket.connectToServer(m_daemon->socketPath());
        return m_socket.waitForConnected(2000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(support::agentBinary()), qPrintable(support::agentBinary())); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_daemon = std::make_unique<support::DaemonProcess>(m_dir->path());
        // The key the wizard would have placed; the config itself is missing.
        QVERIFY(!support::writeClusterDir(m_dir->path(), support::minimalConfig()).isEmpty());
        QVERIFY(QFile::remove(m_daemon->configPath()));
        QVERIFY(startBlank());
    }

    void cleanup()
    {
        m_socket.abort();
        if (m_daemon->process().state() != QProcess::NotRunning)
            QCOMPARE(m_daemon->stop(), 0);
        m_daemon.reset();
        m_dir.reset();
    }

    void aNodeWithoutConfigRunsUnconfiguredAndAnswers()
    {
        const std::optional<RpcMessage> hello = call(QStringLiteral("hello"));
        QVERIFY(hello);
        QCOMPARE(hello->result.toObject().value(QStringLiteral("node")).toString(), QStringLiteral("n1"));
        QVERIFY(hello->result.toObject()
                    .value(QStringLiteral("capabilities"))
                    .toArray()
                    .contains(QStringLiteral("config.apply")));
        QCOMPARE(status().value(QStringLiteral("role")).toString(), QStringLiteral("unconfigured"));
        const std::optional<RpcMessage> facts = call(QStringLiteral("node.facts"));
        QVERIFY(facts);
        QVERIFY(!facts->result.toObject().value(QStringLiteral("interfaces")).toArray().isEmpty());
        const std::optional<RpcMessage> get = call(QStringLiteral("config.get"));
        QVERIFY(get);
        QCOMPARE(get->result.toObject().value(QStringLiteral("exists")).toBool(), false);
    }

    void applyBringsTheNodeUpOnTheSameConnection()
    {
        const QString text = support::daemonConfig();
        const std::optional<RpcMessage> applied =
            call(QStringLiteral("config.apply"),
                 {{QStringLiteral("text"), text}, {QStringLiteral("expected_checksum"), QString()}});
        QVERIFY(applied);
        QVERIFY2(applied->error.isNull(), QJsonDocument(applied->error.toJson()).toJson().constData());
        const QString checksum = twinha::agent::ConfigLoader::checksumOf(text.toUtf8());
        QCOMPARE(applied->result.toObject().value(QStringLiteral("checksum")).toString(), checksum);
        QVERIFY(applied->result.toObject().value(QStringLiteral("reloaded")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("config_checksum")).toString(), checksum, 10000);
        QVERIFY(status().value(QStringLiteral("role")).toString() != QStringLiteral("unconfigured"));
        QCOMPARE(status().value(QStringLiteral("cluster")).toString(), QStringLiteral("c1"));
        QCOMPARE(m_socket.state(), QLocalSocket::ConnectedState);
        // Configured now: the coordinator's methods answer too.
        const std::optional<RpcMessage> events = call(QStringLiteral("events.list"));
        QVERIFY(events);
        QVERIFY2(events->error.isNull(), qPrintable(events->error.code));
    }

    void sighupReloadsAHandEditedFile()
    {
        QString text = support::daemonConfig();
        QVERIFY(call(QStringLiteral("config.apply"), {{QStringLiteral("text"), text}}));
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("role")).toString() != QStringLiteral("unconfigured"),
                                 10000);
        text.replace(QStringLiteral("interval_ms = 200"), QStringLiteral("interval_ms = 250"));
        QVERIFY(support::writeFile(m_daemon->configPath(), text.toUtf8()));
        ::kill(pid_t(m_daemon->process().processId()), SIGHUP);
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("config_checksum")).toString(),
                                  twinha::agent::ConfigLoader::checksumOf(text.toUtf8()), 10000);
        // A broken file is not taken: the node keeps running what it has.
        QVERIFY(support::writeFile(m_daemon->configPath(), "[cluster\n"));
        ::kill(pid_t(m_daemon->process().processId()), SIGHUP);
        QTest::qWait(300);
        QCOMPARE(status().value(QStringLiteral("config_checksum")).toString(),
                 twinha::agent::ConfigLoader::checksumOf(text.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestBlankDaemon)
#include "TestBlankDaemon.moc"
