#include "agent/CommandLine.h"

#include <QtTest>

using twinha::agent::CommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSubcommandsAndOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("stateDir");
        QTest::addColumn<QString>("socket");
        const QString dc = QLatin1String(CommandLine::kDefaultConfig);
        const QString ds = QLatin1String(CommandLine::kDefaultStateDir);
        const QString dk = QLatin1String(CommandLine::kDefaultSocket);
        QTest::newRow("daemon with defaults")
            << QStringList{"daemon"} << int(CommandLine::Command::Daemon) << dc << "" << ds << dk;
        QTest::newRow("daemon with every option")
            << QStringList{"daemon", "--config", "/c.toml", "--node", "n1", "--state-dir", "/s", "--socket", "/k"}
            << int(CommandLine::Command::Daemon) << "/c.toml"
            << "n1"
            << "/s"
            << "/k";
        QTest::newRow("options written with =") << QStringList{"daemon", "--config=/c.toml", "--socket=/k"}
                                                << int(CommandLine::Command::Daemon) << "/c.toml"
                                                << "" << ds << "/k";
        QTest::newRow("session with socket")
            << QStringList{"session", "--socket", "/k"} << int(CommandLine::Command::Session) << dc << "" << ds << "/k";
        QTest::newRow("check-config takes --config as daemon does")
            << QStringList{"check-config", "--config", "y.toml"} << int(CommandLine::Command::CheckConfig) << "y.toml"
            << "" << ds << dk;
        QTest::newRow("check-config takes the file")
            << QStringList{"check-config", "x.toml"} << int(CommandLine::Command::CheckConfig) << "x.toml"
            << "" << ds << dk;
        QTest::newRow("witness defaults to its own config")
            << QStringList{"witness"} << int(CommandLine::Command::Witness)
            << QString::fromLatin1(CommandLine::kDefaultWitnessConfig) << "" << ds << dk;
        QTest::newRow("guard as the daemon starts it")
            << QStringList{"guard", "--config", "/c.toml", "--node", "n1", "--state-dir", "/s"}
            << int(CommandLine::Command::Guard) << "/c.toml"
            << "n1"
            << "/s" << dk;
        QTest::newRow("version") << QStringList{"--version"} << int(CommandLine::Command::Version) << dc << "" << ds
                                 << dk;
        QTest::newRow("no arguments is help")
            << QStringList{} << int(CommandLine::Command::Help) << dc << "" << ds << dk;
        QTest::newRow("--help inside a subcommand")
            << QStringList{"daemon", "--help"} << int(CommandLine::Command::Help) << dc << "" << ds << dk;
    }

    void parsesSubcommandsAndOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, command);
        args.prepend(QStringLiteral("twinha-agent"));
        const CommandLine cl = CommandLine::parse(args);
        QVERIFY2(cl.isValid(), qPrintable(cl.error()));
        QCOMPARE(int(cl.command()), command);
        QTEST(cl.configPath(), "config");
        QTEST(cl.nodeName(), "node");
        QTEST(cl.stateDir(), "stateDir");
        QTEST(cl.socketPath(), "socket");
    }

    void rejectsBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("option of another command") << QStringList{"session", "--config", "/c"};
        QTest::newRow("option without value") << QStringList{"daemon", "--config"};
        QTest::newRow("option with empty value") << QStringList{"daemon", "--node="};
        QTest::newRow("unknown option") << QStringList{"daemon", "--colour", "red"};
        QTest::newRow("stray argument") << QStringList{"daemon", "extra"};
        QTest::newRow("check-config without a file") << QStringList{"check-config"};
        QTest::newRow("witness takes no socket") << QStringList{"witness", "--socket", "/k"};
        QTest::newRow("check-config with two files") << QStringList{"check-config", "a", "b"};
        QTest::newRow("check-config with a file and --config") << QStringList{"check-config", "--config", "a", "b"};
    }

    void rejectsBadCommandLines()
    {
        QFETCH(QStringList, args);
        args.prepend(QStringLiteral("twinha-agent"));
        const CommandLine cl = CommandLine::parse(args);
        QVERIFY(!cl.isValid());
        QVERIFY(!cl.error().isEmpty());
    }

    void defaultNodeNameIsTheShortHostName()
    {
        const QString name = CommandLine::defaultNodeName();
        QVERIFY(!name.isEmpty());
        QVERIFY(!name.contains(QLatin1Char('.')));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
