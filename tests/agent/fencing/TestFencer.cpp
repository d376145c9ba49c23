#include "agent/fencing/Fencer.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;

// The fence runner against real scripts: what the device reads, success only on exit 0, a timeout
// is a failure, a failure is retried only after a pause, and a fence done holds until the peer is back.
class TestFencer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    FenceConfig device(const QString& body, int timeoutMs = 5000)
    {
        const QString path = m_dir.filePath(QStringLiteral("fence-%1.sh").arg(++m_scripts));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write("#!/bin/sh\n" + body.toUtf8() + "\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        FenceConfig d;
        d.node = QStringLiteral("node2");
        d.script = path;
        d.options = {{QStringLiteral("ip"), QStringLiteral("192.0.2.12")},
                     {QStringLiteral("plug"), QStringLiteral("vm2")}};
        d.timeoutMs = timeoutMs;
        return d;
    }
    int m_scripts = 0;

    static bool finish(Fencer& f, int timeoutMs = 10000)
    {
        QSignalSpy done(&f, &Fencer::finished);
        return done.wait(timeoutMs) && !done.isEmpty();
    }

private Q_SLOTS:
    void deviceReadsActionNodeAndOptionsOnStdin()
    {
        const QString out = m_dir.filePath(QStringLiteral("stdin.txt"));
        Fencer f(
            device(QStringLiteral("cat > '%1'; echo \"$TWINHA_FENCE_NODE $TWINHA_FENCE_ACTION\" >> '%1'").arg(out)));
        QVERIFY(f.fence());
        QVERIFY(finish(f));
        QCOMPARE(f.state(), Fencer::State::Done);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("action=off\nnodename=node2\nip=192.0.2.12\nplug=vm2\nnode2 off\n"));
        QVERIFY(!f.fence()); // done: no second fence until the peer is heard again
        f.reset();
        QCOMPARE(f.state(), Fencer::State::Idle);
    }

    void nonZeroExitIsAFailureWithTheDevicesWords()
    {
        Fencer f(device(QStringLiteral("cat >/dev/null; echo 'Unable to connect to 192.0.2.12' >&2; exit 1")));
        QVERIFY(f.fence());
        QVERIFY(finish(f));
        QCOMPARE(f.state(), Fencer::State::Failed);
        QCOMPARE(f.error().code, QString::fromLatin1(twinha::protocol::codes::kFenceFailed));
        QCOMPARE(f.error().params.value(QStringLiteral("exit_status")).toInt(), 1);
        QCOMPARE(f.error().params.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Unable to connect to 192.0.2.12"));
        QCOMPARE(f.error().params.value(QStringLiteral("node")).toString(), QStringLiteral("node2"));
        QVERIFY(!f.fence()); // retried only after Fencer::kRetryMs
        QCOMPARE(f.toJson().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    }

    void aDeviceThatHangsTimesOutAsAFailure()
    {
        Fencer f(device(QStringLiteral("sleep 30"), 1000));
        QElapsedTimer t;
        t.start();
        QVERIFY(f.fence());
        QCOMPARE(f.state(), Fencer::State::Running);
        f.reset(); // a fence under way is never abandoned
        QCOMPARE(f.state(), Fencer::State::Running);
        QVERIFY(finish(f));
        QCOMPARE(f.state(), Fencer::State::Failed);
        QVERIFY(f.error().params.value(QStringLiteral("detail")).toString().contains(QLatin1String("timed out")));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void monitorAsksTheDeviceAndPowersNothingOff()
    {
        const QString out = m_dir.filePath(QStringLiteral("monitor.txt"));
        bool answered = false;
        QJsonObject result;
        Fencer::probe(device(QStringLiteral("cat > '%1'").arg(out)), this, [&](const QJsonObject& r) {
            answered = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("action=monitor\nnodename=node2\n"));
        answered = false;
        Fencer::probe(device(QStringLiteral("cat >/dev/null; echo 'no route to 192.0.2.12' >&2; exit 1")), this,
                      [&](const QJsonObject& r) {
                          answered = true;
                          result = r;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(result.value(QStringLiteral("detail")).toString(), QStringLiteral("no route to 192.0.2.12"));
    }

    void aMissingFenceAgentFails()
    {
        FenceConfig d;
        d.node = QStringLiteral("node2");
        d.agent = QStringLiteral("fence_twinha_no_such_agent");
        Fencer f(d);
        QVERIFY(f.fence());
        QVERIFY(finish(f));
        QCOMPARE(f.state(), Fencer::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestFencer)
#include "TestFencer.moc"
