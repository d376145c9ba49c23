#include "agentlink/HostKeyStore.h"
#include "tests/integration/CtlRun.h"
#include "tests/integration/OwnLab.h"

#include <QJsonArray>
#include <QtTest>

using namespace twinha;
using tests::CtlRun;

// twinhactl and SSH as a new administrator meets it: trusting a host key, a changed one, and a
// passphrase-protected key on a terminal and without one.
class TestTwinhactlSsh : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<tests::OwnLab> m_lab;

    QString labFile(const QString& name) const { return m_lab->dir() + QLatin1Char('/') + name; }

    QString fingerprint(const QString& pubKey) const
    {
        QByteArray out;
        if (tests::run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), pubKey}, &out) != 0)
            return {};
        return QString::fromUtf8(out.split(' ').value(1));
    }

    // The lab's profile with its own known_hosts file (`content`), or node1's identity replaced.
    QString profile(const QString& name, const QString& knownHosts, const QString& node1Identity = {})
    {
        return tests::editedProfile(labFile(QStringLiteral("profile.json")), name, [&](QJsonObject& p) {
            if (!knownHosts.isEmpty())
                p.insert(QStringLiteral("known_hosts"), knownHosts);
            if (!node1Identity.isEmpty()) {
                QJsonArray nodes = p.value(QStringLiteral("nodes")).toArray();
                QJsonObject n = nodes.at(0).toObject();
                n.insert(QStringLiteral("identity"), node1Identity);
                nodes.replace(0, n);
                p.insert(QStringLiteral("nodes"), nodes);
            }
        });
    }

    // A key with a passphrase that node1 accepts.
    QString encryptedKey(const QString& name, const QString& passphrase)
    {
        return m_lab->newNode1Key(name, passphrase);
    }

    static bool has(const QByteArray& output, const QString& text) { return QString::fromUtf8(output).contains(text); }

    int node1Port() const { return m_lab->profile().nodes.value(0).port; }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<tests::OwnLab>();
        QVERIFY2(m_lab->isUp(), qPrintable(m_lab->upOutput()));
    }

    void trustShowsTheFingerprintAndStoresItOnlyWhenConfirmed()
    {
        const QString path = profile(QStringLiteral("profile-trust.json"), QStringLiteral("trust_known_hosts"));
        const QString known = labFile(QStringLiteral("trust_known_hosts"));
        const QString fp = fingerprint(labFile(QStringLiteral("node1/ssh_host_ed25519_key.pub")));
        QVERIFY(fp.startsWith(QLatin1String("SHA256:")));
        const auto ctl = [&](QStringList args) {
            return tests::twinhactl(QStringList{QStringLiteral("--cluster"), path} + args);
        };

        // Other commands refuse the unknown key and say where it is trusted.
        CtlRun r = ctl({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(has(r.out, QStringLiteral("To compare and trust it: twinhactl --cluster %1 trust node1").arg(path)),
                 r.out.constData());

        r = ctl({QStringLiteral("trust"), QStringLiteral("node1"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("The host key of node1") && has(r.out, fp), r.out.constData());
        QVERIFY2(has(r.err, QStringLiteral("add --confirm ") + fp), r.err.constData());
        QVERIFY(!agentlink::HostKeyStore(known).contains(QStringLiteral("127.0.0.1"), node1Port()));

        r = ctl({QStringLiteral("trust"), QStringLiteral("node1"), QStringLiteral("--confirm"), fp});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(has(r.out, QStringLiteral("Trusted: the host key of node1 is saved in ") + known), r.out.constData());
        const auto keys = agentlink::HostKeyStore(known).keys(QStringLiteral("127.0.0.1"), node1Port());
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().fingerprint, fp);

        r = ctl({QStringLiteral("trust"), QStringLiteral("node1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("is already trusted"), r.out.constData());

        r = ctl({QStringLiteral("trust"), QStringLiteral("node9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("There is no node named \"node9\""), r.err.constData());
    }

    void trustAsksOnATerminal()
    {
        const QString path = profile(QStringLiteral("profile-trust-tty.json"), QStringLiteral("tty_known_hosts"));
        const QString known = labFile(QStringLiteral("tty_known_hosts"));
        CtlRun r = tests::twinhactlOnTerminal(
            {QStringLiteral("--cluster"), path, QStringLiteral("trust"), QStringLiteral("node2")},
            {{"Type yes or its fingerprint: ", "no"}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("Not trusted: nothing was saved."), r.out.constData());
        QVERIFY(!QFile::exists(known) || !agentlink::HostKeyStore(known).contains(
                                             QStringLiteral("127.0.0.1"), m_lab->profile().nodes.value(1).port));
        r = tests::twinhactlOnTerminal(
            {QStringLiteral("--cluster"), path, QStringLiteral("trust"), QStringLiteral("node2")},
            {{"Type yes or its fingerprint: ", "yes"}});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(
            agentlink::HostKeyStore(known).contains(QStringLiteral("127.0.0.1"), m_lab->profile().nodes.value(1).port));
    }

    void aChangedKeyIsSaidPlainlyAndReplacedOnlyOnAnExplicitYes()
    {
        // On record for node1: another key than the one its sshd has.
        const QString fake = labFile(QStringLiteral("fake_host_key"));
        QCOMPARE(tests::run(QStringLiteral("ssh-keygen"),
                            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                             QStringLiteral("-N"), QString(), QStringLiteral("-f"), fake}),
                 0);
        QFile pub(fake + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QString known = labFile(QStringLiteral("changed_known_hosts"));
        QFile k(known);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write(agentlink::HostKeyStore::hostPattern(QStringLiteral("127.0.0.1"), node1Port()).toUtf8() + ' ' +
                pub.readAll());
        k.close();
        const QString oldFp = fingerprint(fake + QStringLiteral(".pub"));
        const QString newFp = fingerprint(labFile(QStringLiteral("node1/ssh_host_ed25519_key.pub")));
        const QString path = profile(QStringLiteral("profile-changed.json"), QStringLiteral("changed_known_hosts"));
        const auto ctl = [&](QStringList args) {
            return tests::twinhactl(QStringList{QStringLiteral("--cluster"), path} + args);
        };

        CtlRun r = ctl({QStringLiteral("trust"), QStringLiteral("node1"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("has CHANGED since it was trusted"), r.out.constData());
        QVERIFY2(has(r.out, QStringLiteral("trusted until now: ssh-ed25519 ") + oldFp), r.out.constData());
        QVERIFY2(has(r.out, QStringLiteral("offered now:       ssh-ed25519 ") + newFp), r.out.constData());
        QCOMPARE(agentlink::HostKeyStore(known).keys(QStringLiteral("127.0.0.1"), node1Port()).first().fingerprint,
                 oldFp);

        // The old fingerprint is no confirmation of the new key.
        r = ctl({QStringLiteral("trust"), QStringLiteral("node1"), QStringLiteral("--confirm"), oldFp});
        QCOMPARE(r.exitCode, 2);
        r = tests::twinhactlOnTerminal(
            {QStringLiteral("--cluster"), path, QStringLiteral("trust"), QStringLiteral("node1")},
            {{"Type yes or the new fingerprint: ", "y"}});
        QCOMPARE(r.exitCode, 2); // "y" is not "yes"
        QCOMPARE(agentlink::HostKeyStore(known).keys(QStringLiteral("127.0.0.1"), node1Port()).first().fingerprint,
                 oldFp);

        r = tests::twinhactlOnTerminal(
            {QStringLiteral("--cluster"), path, QStringLiteral("trust"), QStringLiteral("node1")},
            {{"Type yes or the new fingerprint: ", "yes"}});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const auto keys = agentlink::HostKeyStore(known).keys(QStringLiteral("127.0.0.1"), node1Port());
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().fingerprint, newFp);
    }

    void aPassphraseKeyWithoutATerminalSaysWhatToDo()
    {
        const QString key = encryptedKey(QStringLiteral("locked_key"), QStringLiteral("open sesame"));
        QVERIFY(!key.isEmpty());
        const QString path = profile(QStringLiteral("profile-locked.json"), {}, key);
        const CtlRun r = tests::twinhactl({QStringLiteral("--cluster"), path, QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(has(r.out, QStringLiteral("node1: The private key ") + key +
                                QStringLiteral(
                                    " is passphrase-protected and there is nobody to ask for the passphrase: load it "
                                    "into ssh-agent")),
                 r.out.constData());
        QVERIFY2(!r.out.contains("Check the path and its permissions"), r.out.constData());
    }

    void aPassphraseIsAskedOnATerminalWithoutEcho()
    {
        const QString key = encryptedKey(QStringLiteral("locked_key2"), QStringLiteral("open sesame"));
        const QString path = profile(QStringLiteral("profile-locked2.json"), {}, key);
        const CtlRun r = tests::twinhactlOnTerminal({QStringLiteral("--cluster"), path, QStringLiteral("status")},
                                                    {{"node1: passphrase for the key", "open sesame"}});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(has(r.out, QStringLiteral("node1: passphrase for the key ") + key), r.out.constData());
        QVERIFY2(!r.out.contains("open sesame"), r.out.constData()); // not echoed
        QVERIFY2(r.out.contains("Connected"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestTwinhactlSsh)
#include "TestTwinhactlSsh.moc"
