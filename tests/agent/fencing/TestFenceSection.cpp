#include "agent/config/ConfigLoader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;

// [[fence]] in cluster.toml: read with its options, and every mistake named at its field.
class TestFenceSection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ConfigLoader::Result load(const QByteArray& fences)
    {
        QFile key(m_dir.filePath(QStringLiteral("cluster.key")));
        key.open(QIODevice::WriteOnly);
        key.write(QByteArray(44, 'k'));
        key.close();
        key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray text =
            "[cluster]\nname = \"c\"\nmode = \"hot-standby\"\nkey_file = \"cluster.key\"\n"
            "[[node]]\nname = \"n1\"\n[[node]]\nname = \"n2\"\n"
            "[[link]]\nname = \"lan\"\nendpoints = { n1 = \"127.0.0.1:5405\", n2 = \"127.0.0.1:5406\" }\n"
            "[[group]]\nname = \"g\"\n[[group.resource]]\ntype = \"script\"\nname = \"s\"\n"
            "start = \"true\"\nstop = \"true\"\nstatus = \"true\"\nrun_as = \"root\"\n" +
            fences;
        QFile f(m_dir.filePath(QStringLiteral("cluster.toml")));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        f.close();
        return ConfigLoader::loadFile(f.fileName());
    }

    static QString errors(const ConfigLoader::Result& r)
    {
        QStringList out;
        for (const ConfigIssue& i : r.issues)
            out << i.toString();
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void readsAgentAndOptions()
    {
        const auto r = load("[[fence]]\nnode = \"n2\"\nagent = \"fence_ipmilan\"\ntimeout_ms = 20000\n"
                            "options = { ip = \"192.0.2.12\", username = \"admin\", lanplus = 1 }\n");
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        const FenceConfig* f = r.config.fenceFor(QStringLiteral("n2"));
        QVERIFY(f);
        QCOMPARE(f->agent, QStringLiteral("fence_ipmilan"));
        QCOMPARE(f->timeoutMs, 20000);
        QCOMPARE(f->options.value(QStringLiteral("lanplus")), QStringLiteral("1"));
        QVERIFY(!r.config.fenceFor(QStringLiteral("n1")));
    }

    void namesEachMistake_data()
    {
        QTest::addColumn<QByteArray>("fence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown node") << QByteArray("[[fence]]\nnode = \"n9\"\nscript = \"/bin/true\"\n")
                                      << "fence[0].node";
        QTest::newRow("both agent and script")
            << QByteArray("[[fence]]\nnode = \"n2\"\nscript = \"/bin/true\"\nagent = \"fence_virsh\"\n")
            << "fence[0].agent";
        QTest::newRow("neither") << QByteArray("[[fence]]\nnode = \"n2\"\n") << "fence[0].agent";
        QTest::newRow("not a fence agent")
            << QByteArray("[[fence]]\nnode = \"n2\"\nagent = \"reboot\"\n") << "fence[0].agent";
        QTest::newRow("action is ours")
            << QByteArray("[[fence]]\nnode = \"n2\"\nagent = \"fence_virsh\"\noptions = { action = \"reboot\" }\n")
            << "fence[0].options.action";
        QTest::newRow("twice for one node")
            << QByteArray("[[fence]]\nnode = \"n2\"\nscript = \"/bin/true\"\n[[fence]]\nnode = \"n2\"\nscript = "
                          "\"/bin/true\"\n")
            << "fence[1].node";
        QTest::newRow("timeout") << QByteArray("[[fence]]\nnode = \"n2\"\nscript = \"/bin/true\"\ntimeout_ms = 10\n")
                                 << "fence[0].timeout_ms";
    }

    void namesEachMistake()
    {
        QFETCH(QByteArray, fence);
        QFETCH(QString, expected);
        const auto r = load(fence);
        QVERIFY(!r.ok());
        QVERIFY2(errors(r).contains(expected), qPrintable(errors(r)));
    }
};

QTEST_GUILESS_MAIN(TestFenceSection)
#include "TestFenceSection.moc"
