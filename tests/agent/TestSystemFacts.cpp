#include "agent/control/SystemFacts.h"

#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::SystemFacts;

class TestSystemFacts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("proc"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
        return path;
    }

private Q_SLOTS:
    void readsLoadAverages_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("kernel format") << QByteArray("0.52 1.25 2.00 3/812 12345\n") << QList<double>{0.52, 1.25, 2.0};
        QTest::newRow("truncated is unavailable") << QByteArray("0.52 1.25") << QList<double>{};
        QTest::newRow("garbage is unavailable") << QByteArray("a b c") << QList<double>{};
    }

    void readsLoadAverages()
    {
        QFETCH(QByteArray, content);
        QFETCH(QList<double>, expected);
        QCOMPARE(SystemFacts::loadAverages(write(content)), expected);
    }

    void readsSystemUptime()
    {
        QCOMPARE(SystemFacts::systemUptimeS(write("5179.25 10000.50\n")), 5179.25);
        QCOMPARE(SystemFacts::systemUptimeS(m_dir.filePath(QStringLiteral("missing"))), 0.0);
    }

    void realProcFilesAreRead()
    {
        QVERIFY(SystemFacts::systemUptimeS() > 0);
        QCOMPARE(SystemFacts::loadAverages().size(), 3);
        QVERIFY(!SystemFacts::hostName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSystemFacts)
#include "TestSystemFacts.moc"
