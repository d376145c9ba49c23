#include "ui/wizard/MirrorTransportBox.h"

#include <QLabel>
#include <QRadioButton>
#include <QtTest>

using twinha::ui::MirrorTransportBox;

// The replication page's transport choice: SSH recommended, and chosen for a new mirror, unless
// the copy stays on a private network; a config's own choice is kept.
class TestMirrorTransportBox : public QObject
{
    Q_OBJECT

private:
    static QString hint(const MirrorTransportBox& box)
    {
        return box.findChild<QLabel*>(QStringLiteral("mirrorTransportHint"))->text();
    }

private Q_SLOTS:
    void aNewMirrorOffThePrivateNetworksGoesOverSsh()
    {
        MirrorTransportBox box;
        box.setRoute(QStringLiteral("203.0.113.1"), QStringLiteral("10.0.0.2"), QStringLiteral("a"),
                     QStringLiteral("b"), 22, 2222);
        box.setTransport({});
        QCOMPARE(box.transport(), twinha::protocol::MirrorTransportKind::Ssh);
        QVERIFY(box.findChild<QRadioButton*>(QStringLiteral("mirrorOverSsh"))
                    ->text()
                    .contains(QStringLiteral("recommended")));
        QVERIFY(hint(box).contains(QStringLiteral("2222")));
        // Choosing the plain protocol there says what it costs.
        box.findChild<QRadioButton*>(QStringLiteral("mirrorOverRsync"))->setChecked(true);
        QCOMPARE(box.transport(), twinha::protocol::MirrorTransportKind::Rsync);
        QVERIFY2(hint(box).contains(QStringLiteral("not on a private network")), qPrintable(hint(box)));
    }

    void aNewMirrorOnAPrivateCableKeepsThePlainProtocol()
    {
        MirrorTransportBox box;
        box.setRoute(QStringLiteral("192.168.10.1"), QStringLiteral("192.168.10.2"), QStringLiteral("a"),
                     QStringLiteral("b"), 22, 22);
        box.setTransport({});
        QCOMPARE(box.transport(), twinha::protocol::MirrorTransportKind::Rsync);
        QVERIFY(!box.findChild<QRadioButton*>(QStringLiteral("mirrorOverSsh"))
                     ->text()
                     .contains(QStringLiteral("recommended")));
    }

    void aConfiguredTransportIsKept()
    {
        MirrorTransportBox box;
        box.setRoute(QStringLiteral("192.168.10.1"), QStringLiteral("192.168.10.2"), QStringLiteral("a"),
                     QStringLiteral("b"), 22, 22);
        box.setTransport(twinha::protocol::MirrorTransportKind::Ssh);
        QCOMPARE(box.transport(), twinha::protocol::MirrorTransportKind::Ssh);
        box.setRoute(QStringLiteral("203.0.113.1"), QStringLiteral("203.0.113.2"), QStringLiteral("a"),
                     QStringLiteral("b"), 22, 22);
        box.setTransport(twinha::protocol::MirrorTransportKind::Rsync);
        QCOMPARE(box.transport(), twinha::protocol::MirrorTransportKind::Rsync);
    }
};

QTEST_MAIN(TestMirrorTransportBox)
#include "TestMirrorTransportBox.moc"
