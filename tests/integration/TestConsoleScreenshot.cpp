#include "tests/integration/LabEnvironment.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;

// `twinha --screenshot` is how people and CI look at the console without a display.
class TestConsoleScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int screenshot(const QString& profile, const QString& png, const QString& lang, QByteArray* err)
    {
        QProcess p;
        p.start(tests::binPath(QStringLiteral("twinha")),
                {QStringLiteral("--cluster"), profile, QStringLiteral("--screenshot"), png, QStringLiteral("--lang"),
                 lang, QStringLiteral("--timeout"), QStringLiteral("20")});
        if (!p.waitForFinished(40000))
            return -1;
        *err = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void screenshotShowsBothNodesInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void screenshotShowsBothNodesInEachLanguage()
    {
        QFETCH(QString, lang);
        const QString png = m_dir.filePath(QStringLiteral("dashboard-%1.png").arg(lang));
        QByteArray err;
        QCOMPARE(screenshot(tests::labProfilePath(), png, lang, &err), 0);
        QImage image(png);
        QVERIFY2(!image.isNull(), err.constData());
        QVERIFY(image.width() >= 800 && image.height() >= 400);
        // Not a blank canvas: a rendered dashboard has many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void unreachableNodeGivesNonZeroExitButStillAnImage()
    {
        const QString png = m_dir.filePath(QStringLiteral("missing-profile.png"));
        QByteArray err;
        QCOMPARE(screenshot(m_dir.filePath(QStringLiteral("absent.json")), png, QStringLiteral("en"), &err), 2);
        QVERIFY(err.contains("absent.json"));
    }
};

QTEST_MAIN(TestConsoleScreenshot)
#include "TestConsoleScreenshot.moc"
