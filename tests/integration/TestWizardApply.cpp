#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

#include <memory>
#include <sys/stat.h>

using namespace twinha;
using namespace twinha::tests;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ino_t inodeOf(const QString& path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}
} // namespace

// What the setup wizard does at its last page, against two agents started without a config
// (lab.sh up --blank): validate, apply to both nodes, wait for a healthy pair; then edit the
// running cluster, keeping what the wizard does not model (here, comments written by hand).
class TestWizardApply : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OwnLab> m_lab;

    QString holder() const { return firstLine(m_lab->value(QStringLiteral("VIP_HOLDER_FILE"))); }

    // Both agents run `checksum`, see each other, agree, and node1 holds the service.
    bool healthyPair(const QString& checksum, QString* why)
    {
        ControlClient c1(m_lab->socket(1));
        ControlClient c2(m_lab->socket(2));
        const QJsonObject s1 = c1.status();
        const QJsonObject s2 = c2.status();
        const auto fail = [why](const QString& reason) {
            *why = reason;
            return false;
        };
        for (const QJsonObject& s : {s1, s2}) {
            if (s.value(QStringLiteral("config_checksum")).toString() != checksum)
                return fail(QStringLiteral("checksum ") + s.value(QStringLiteral("config_checksum")).toString());
            if (!s[QStringLiteral("peer")][QStringLiteral("alive")].toBool())
                return fail(QStringLiteral("peer not alive"));
            if (!s.value(QStringLiteral("config_checksum_match")).toBool())
                return fail(QStringLiteral("configs differ"));
        }
        if (!groupStatus(s1, QStringLiteral("service")).value(QStringLiteral("held")).toBool())
            return fail(QStringLiteral("node1 does not hold service"));
        if (groupStatus(s2, QStringLiteral("service")).value(QStringLiteral("held")).toBool())
            return fail(QStringLiteral("node2 holds service too"));
        if (s1.value(QStringLiteral("role")).toString() != QLatin1String("active") ||
            s2.value(QStringLiteral("role")).toString() != QLatin1String("standby"))
            return fail(QStringLiteral("roles ") + s1.value(QStringLiteral("role")).toString() + QLatin1Char('/') +
                        s2.value(QStringLiteral("role")).toString());
        if (holder() != QLatin1String("node1"))
            return fail(QStringLiteral("holder file names ") + holder());
        return true;
    }

    QJsonObject apply(int node, const QByteArray& text, const QString& expected)
    {
        ControlClient c(m_lab->socket(node));
        const std::optional<protocol::RpcMessage> r =
            c.call(QStringLiteral("config.apply"), {{QStringLiteral("text"), QString::fromUtf8(text)},
                                                    {QStringLiteral("expected_checksum"), expected}});
        if (!r || !r->error.isNull())
            return {{QStringLiteral("error"), r ? r->error.code : QStringLiteral("no reply")}};
        return r->result.toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<OwnLab>(QStringList{QStringLiteral("--blank")});
        QVERIFY2(m_lab->isUp(), qPrintable(m_lab->upOutput()));
    }

    void cleanupTestCase() { m_lab.reset(); }

    void blankAgentsAnswerUnconfigured()
    {
        for (int node : {1, 2}) {
            ControlClient c(m_lab->socket(node));
            QCOMPARE(c.status().value(QStringLiteral("role")).toString(), QStringLiteral("unconfigured"));
            QVERIFY(!QFile::exists(m_lab->value(QStringLiteral("NODE%1_CONFIG").arg(node))));
        }
        QVERIFY(holder().isEmpty());
    }

    void applyingTheGeneratedConfigMakesAHealthyPair()
    {
        const QByteArray text = readAll(m_lab->value(QStringLiteral("CLUSTER_CONFIG")));
        QVERIFY(!text.isEmpty());
        ControlClient c1(m_lab->socket(1));
        const QJsonObject validated =
            c1.call(QStringLiteral("config.validate"), {{QStringLiteral("text"), QString::fromUtf8(text)}})
                ->result.toObject();
        QVERIFY2(validated.value(QStringLiteral("ok")).toBool(), QJsonDocument(validated).toJson().constData());
        const QString checksum = validated.value(QStringLiteral("checksum")).toString();
        for (int node : {1, 2}) {
            const QJsonObject r = apply(node, text, QString()); // "": there must be no config yet
            QVERIFY2(!r.contains(QStringLiteral("error")), qPrintable(r.value(QStringLiteral("error")).toString()));
            QCOMPARE(r.value(QStringLiteral("checksum")).toString(), checksum);
            QVERIFY(r.value(QStringLiteral("reloaded")).toBool());
            QCOMPARE(readAll(m_lab->value(QStringLiteral("NODE%1_CONFIG").arg(node))), text);
        }
        QString why;
        QVERIFY2(waitUntil([&] { return healthyPair(checksum, &why); }, 20000), qPrintable(why));
    }

    void editingKeepsHandWrittenTextAndTheRunningService()
    {
        const QString config1 = m_lab->value(QStringLiteral("NODE1_CONFIG"));
        ControlClient c1(m_lab->socket(1));
        const QJsonObject current = c1.call(QStringLiteral("config.get"))->result.toObject();
        const QByteArray before = current.value(QStringLiteral("text")).toString().toUtf8();
        const QString onDisk = current.value(QStringLiteral("disk_checksum")).toString();
        QCOMPARE(onDisk, current.value(QStringLiteral("checksum")).toString());

        // The wizard's edit (a slower heartbeat) on top of text it does not model.
        QByteArray edited = before;
        edited.replace("interval_ms = 200", "interval_ms = 250");
        edited.prepend("# Hand-written: ask Ops before changing the links.  \n");
        edited.replace("[failover]", "# tiebreakers checked with the network team\n[failover] # keep this note");
        QVERIFY(edited != before);
        const QString serviceHolder = m_lab->value(QStringLiteral("VIP_HOLDER_FILE"));
        const ino_t holderInode = inodeOf(serviceHolder);
        QVERIFY(holderInode != 0);

        // A wizard that read the file before someone else changed it is refused, on that node only.
        QCOMPARE(apply(1, edited, QStringLiteral("0000")).value(QStringLiteral("error")).toString(),
                 QStringLiteral("CONFIG_CHANGED_ON_DISK"));
        QCOMPARE(readAll(config1), before);

        QString checksum;
        for (int node : {1, 2}) {
            const QJsonObject r = apply(node, edited, onDisk);
            QVERIFY2(!r.contains(QStringLiteral("error")), qPrintable(r.value(QStringLiteral("error")).toString()));
            checksum = r.value(QStringLiteral("checksum")).toString();
            const QString backup = r.value(QStringLiteral("backup")).toString();
            QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("cluster.toml.bak-")));
            QCOMPARE(readAll(backup), before);
        }
        // Byte for byte what was sent: comments, trailing blanks and all.
        QCOMPARE(readAll(config1), edited);
        QCOMPARE(readAll(m_lab->value(QStringLiteral("NODE2_CONFIG"))), edited);
        QString why;
        QVERIFY2(waitUntil([&] { return healthyPair(checksum, &why); }, 20000), qPrintable(why));
        // The service never stopped: a stop and start would have replaced the holder file.
        QCOMPARE(inodeOf(serviceHolder), holderInode);
        QCOMPARE(ControlClient(m_lab->socket(1)).status()[QStringLiteral("epoch")].toInteger(),
                 ControlClient(m_lab->socket(2)).status()[QStringLiteral("epoch")].toInteger());
    }
};

QTEST_GUILESS_MAIN(TestWizardApply)
#include "TestWizardApply.moc"
