#include "agent/witness/WitnessConfig.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;

// The witness's config file: every mistake named, keys loaded relative to the file.
class TestWitnessConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text,
                  QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.close();
        f.setPermissions(perms);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(QStringLiteral("mail.key"), QByteArray(44, 'x') + '\n');
    }

    void readsListenStateAndClusters()
    {
        const QString path = write(QStringLiteral("w.toml"), "listen = [\"127.0.0.1:5410\", \"[::1]:5411\"]\n"
                                                             "state_dir = \"/tmp/w\"\n"
                                                             "[[cluster]]\nname = \"mail\"\nkey_file = \"mail.key\"\n");
        WitnessServerConfig c;
        QStringList errors;
        QVERIFY2(WitnessServerConfig::load(path, &c, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.listen.size(), 2);
        QCOMPARE(c.listen.at(1).host, QStringLiteral("::1"));
        QCOMPARE(c.listen.at(1).port, 5411);
        QCOMPARE(c.stateDir, QStringLiteral("/tmp/w"));
        QCOMPARE(c.clusters.size(), 1);
        QCOMPARE(c.clusters.first().key, QByteArray(44, 'x'));
    }

    void namesEveryMistake()
    {
        const QString path = write(QStringLiteral("bad.toml"), "listen = [\"nowhere\"]\n"
                                                               "stat_dir = \"/tmp/w\"\n"
                                                               "[[cluster]]\nname = \"web\"\nkey_file = \"web.key\"\n"
                                                               "[[cluster]]\nname = \"mail\"\n");
        WitnessServerConfig c;
        QStringList errors;
        QVERIFY(!WitnessServerConfig::load(path, &c, &errors));
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("stat_dir: unknown key")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("listen:")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("web.key")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("needs name and key_file")), qPrintable(all));
    }

    void syntaxErrorSaysWhere()
    {
        const QString path = write(QStringLiteral("syntax.toml"), "listen = [\n");
        WitnessServerConfig c;
        QStringList errors;
        QVERIFY(!WitnessServerConfig::load(path, &c, &errors));
        QVERIFY2(errors.first().startsWith(path + QLatin1Char(':')), qPrintable(errors.first()));
    }
};

QTEST_GUILESS_MAIN(TestWitnessConfig)
#include "TestWitnessConfig.moc"
