#include "ui/settings/ConsoleSettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using ui::ConsoleSettings;
using Notification = ui::ConsoleSettings::Notification;

// Preferences survive a restart, arrive with sane defaults, and refuse nonsense.
class TestConsoleSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("console.ini")); }

private Q_SLOTS:
    void cleanup() { QFile::remove(file()); }

    void defaultsWhenNothingIsStored()
    {
        ConsoleSettings s(file());
        QCOMPARE(s.language(), QStringLiteral("system"));
        QCOMPARE(s.chartWindowMinutes(), 10);
        QCOMPARE(s.lagWarningSeconds(), 5);
        for (Notification n :
             {Notification::LinkLoss, Notification::Failover, Notification::SplitBrain, Notification::LagOverThreshold})
            QVERIFY(s.notifies(n));
        QVERIFY(s.values() == ConsoleSettings::Values());
    }

    void valuesSurviveARestart()
    {
        ConsoleSettings::Values v;
        v.language = QStringLiteral("ja");
        v.notifyLinkLoss = false;
        v.notifyFailover = true;
        v.notifySplitBrain = false;
        v.notifyLag = true;
        v.chartWindowMinutes = 45;
        v.lagWarningSeconds = 30;
        {
            ConsoleSettings s(file());
            s.setValues(v);
            QVERIFY(s.sync());
        }
        ConsoleSettings again(file());
        QVERIFY(again.values() == v);
        QVERIFY(!again.notifies(Notification::LinkLoss));
        QVERIFY(again.notifies(Notification::Failover));
        QVERIFY(!again.notifies(Notification::SplitBrain));
        QCOMPARE(again.chartWindowMinutes(), 45);
    }

    void eachNotificationIsItsOwnSwitch()
    {
        ConsoleSettings s(file());
        const QList<Notification> all{Notification::LinkLoss, Notification::Failover, Notification::SplitBrain,
                                      Notification::LagOverThreshold};
        for (Notification off : all) {
            for (Notification n : all)
                s.setNotifies(n, true);
            s.setNotifies(off, false);
            for (Notification n : all)
                QCOMPARE(s.notifies(n), n != off);
        }
    }

    void changedOnlyWhenSomethingChanged()
    {
        ConsoleSettings s(file());
        QSignalSpy changed(&s, &ConsoleSettings::changed);
        QSignalSpy language(&s, &ConsoleSettings::languageChanged);
        s.setChartWindowMinutes(10); // the default: nothing changes
        QCOMPARE(changed.count(), 0);
        s.setChartWindowMinutes(20);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(language.count(), 0);
        ConsoleSettings::Values v = s.values();
        v.language = QStringLiteral("zh_CN");
        v.lagWarningSeconds = 9;
        v.notifyLag = false;
        s.setValues(v); // three changes, one signal
        QCOMPARE(changed.count(), 2);
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("zh_CN"));
    }

    void nonsenseIsRefused()
    {
        ConsoleSettings s(file());
        s.setLanguage(QStringLiteral("klingon"));
        QCOMPARE(s.language(), QStringLiteral("system"));
        s.setChartWindowMinutes(0);
        QCOMPARE(s.chartWindowMinutes(), ConsoleSettings::kMinChartMinutes);
        s.setChartWindowMinutes(1000000);
        QCOMPARE(s.chartWindowMinutes(), ConsoleSettings::kMaxChartMinutes);
        s.setLagWarningSeconds(-4);
        QCOMPARE(s.lagWarningSeconds(), ConsoleSettings::kMinLagSeconds);
    }

    void handEditedFileIsReadSafely()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("language"), QStringLiteral("fr"));
            raw.setValue(QStringLiteral("charts/windowMinutes"), QStringLiteral("lots"));
            raw.setValue(QStringLiteral("replication/lagWarningSeconds"), 99999);
        }
        ConsoleSettings s(file());
        QCOMPARE(s.language(), QStringLiteral("system"));
        QCOMPARE(s.chartWindowMinutes(), 10);
        QCOMPARE(s.lagWarningSeconds(), ConsoleSettings::kMaxLagSeconds);
    }

    void languagesOffered() { QCOMPARE(ConsoleSettings::languages(), (QStringList{"system", "zh_CN", "ja", "en"})); }
};

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "TestConsoleSettings.moc"
