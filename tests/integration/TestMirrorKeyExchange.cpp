#include "tests/integration/CtlRun.h"
#include "tests/integration/OwnLab.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace twinha;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

// The mirror over ssh set up the way an operator does it on a running pair (lab.sh --mirror-ssh:
// two agents behind two real sshd): nothing ships before `twinhactl mirror trust`, which goes
// through the same engine as the wizard's Apply (MirrorKeyExchange); afterwards the copy lands,
// and trusting again leaves one entry per agent and the operator's own keys in place.
class TestMirrorKeyExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mirrorTrustLetsTheMirrorShipOverSsh()
    {
        tests::OwnLab lab({QStringLiteral("--mirror-ssh")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString profile = lab.dir() + QStringLiteral("/profile.json");
        const QString from = lab.value(QStringLiteral("NODE1_DATA_DIR"));
        const QString to = lab.value(QStringLiteral("NODE2_DATA_DIR"));
        const QString node2Keys = lab.dir() + QStringLiteral("/node2/authorized_keys");
        const QByteArray operatorKeys = readAll(node2Keys);
        QVERIFY(!operatorKeys.isEmpty());

        QVERIFY(QDir().mkpath(from));
        QVERIFY(write(from + QStringLiteral("/before.txt"), "shipped once trusted"));
        QTest::qWait(3000); // a push or two: refused, node2 does not know node1's key yet
        QVERIFY(!QFile::exists(to + QStringLiteral("/before.txt")));

        const tests::CtlRun r = tests::twinhactl({QStringLiteral("--cluster"), profile, QStringLiteral("mirror"),
                                                  QStringLiteral("trust"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray& line : lines)
            QVERIFY2(QJsonDocument::fromJson(line).object().value(QStringLiteral("trusted")).toBool(),
                     line.constData());

        QTRY_COMPARE_WITH_TIMEOUT(readAll(to + QStringLiteral("/before.txt")), QByteArray("shipped once trusted"),
                                  60000);
        // Letting a key in that runs a command as the agent's user is journaled on each node, with who did it.
        const tests::CtlRun events = tests::twinhactl(
            {QStringLiteral("--cluster"), profile, QStringLiteral("events"), QStringLiteral("--json")});
        QVERIFY2(events.exitCode == 0, events.err.constData());
        QStringList trustedOn;
        for (const QByteArray& line : events.out.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value(QStringLiteral("type")).toString() != QLatin1String("mirror_trusted"))
                continue;
            QVERIFY2(!e.value(QStringLiteral("actor")).toString().isEmpty(), line.constData());
            QVERIFY2(e[QStringLiteral("data")][QStringLiteral("key")].toString().startsWith(QLatin1String("SHA256:")),
                     line.constData());
            trustedOn << e.value(QStringLiteral("node")).toString();
        }
        trustedOn.sort();
        QCOMPARE(trustedOn, (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
        QVERIFY(write(from + QStringLiteral("/after.txt"), "and then continuously"));
        QTRY_COMPARE_WITH_TIMEOUT(readAll(to + QStringLiteral("/after.txt")), QByteArray("and then continuously"),
                                  30000);

        // Again: the same entries, replaced in place; the operator's key untouched.
        const tests::CtlRun again =
            tests::twinhactl({QStringLiteral("--cluster"), profile, QStringLiteral("mirror"), QStringLiteral("trust")});
        QVERIFY2(again.exitCode == 0, QByteArray(again.out + again.err).constData());
        const QByteArray keys = readAll(node2Keys);
        QVERIFY(keys.startsWith(operatorKeys));
        QCOMPARE(keys.count("twinha-mirror:"), 1);
        QVERIFY2(keys.contains("restrict,command=") && keys.contains(" mirror-serve --state-dir "), keys.constData());
    }
};

QTEST_GUILESS_MAIN(TestMirrorKeyExchange)
#include "TestMirrorKeyExchange.moc"
