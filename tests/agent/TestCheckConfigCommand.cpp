#include "agent/CheckConfigCommand.h"
#include "tests/agent/AgentTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using twinha::agent::CheckConfigCommand;
namespace support = twinha::agent::test;

class TestCheckConfigCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFilePrintsOneSummaryLineAndExits0()
    {
        QTemporaryDir dir;
        const QString path = support::writeClusterDir(dir.path(), support::minimalConfig());
        QString output;
        QTextStream out(&output);
        QCOMPARE(CheckConfigCommand::run(path, out), 0);
        QCOMPARE(output.count(QLatin1Char('\n')), 1);
        QVERIFY2(output.contains(QLatin1String("ok")) && output.contains(QLatin1String("c1")), qPrintable(output));
    }

    void everyErrorIsOneFileLineColumnFieldLineAndExit2()
    {
        QTemporaryDir dir;
        QString text = support::minimalConfig();
        text.replace(QStringLiteral("hot-standby"), QStringLiteral("triple"));
        text.replace(QStringLiteral("preferred = \"n1\""), QStringLiteral("preferred = \"n9\""));
        text.replace(QStringLiteral("type = \"command\""), QStringLiteral("type = \"rsync\""));
        const QString path = support::writeClusterDir(dir.path(), text);
        QString output;
        QTextStream out(&output);
        QCOMPARE(CheckConfigCommand::run(path, out), 2);
        const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QRegularExpression format(QLatin1String("^") + QRegularExpression::escape(path) +
                                        QLatin1String(R"(:\d+:\d+: [a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*: .+$)"));
        for (const QString& line : lines)
            QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines.at(0).startsWith(path + QLatin1String(":3:8: cluster.mode: ")));
        QVERIFY(lines.at(1).startsWith(path + QLatin1String(":22:13: group[0].preferred: ")));
        QVERIFY(lines.at(2).startsWith(path + QLatin1String(":34:8: replication[0].type: ")));
    }
};

QTEST_GUILESS_MAIN(TestCheckConfigCommand)
#include "TestCheckConfigCommand.moc"
