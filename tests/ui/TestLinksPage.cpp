#include "agent/config/ConfigLoader.h"
#include "agentlink/protocol/HeartbeatTiming.h"
#include "tests/agent/AgentTestSupport.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/LinksPage.h"
#include "ui/wizard/SetupWizard.h"

#include <QComboBox>
#include <QLocale>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha;
using protocol::HeartbeatTiming;
using ui::SetupWizard;

// The links page's heartbeat timing against the agent's: the wizard refuses a dead time exactly
// when the agent's config check has something to say about it (an error, or the warning for
// two to three intervals), so a pair set up with the wizard never meets a refusal or a warning
// after Apply, and the wizard never forbids what the agents run with silently.
class TestLinksPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template <typename T> static T* field(QWidget* root, const char* name)
    {
        T* w = root->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    // The minimal cluster.toml with this timing, through the agent's own loader and checks.
    bool agentAccepts(int intervalMs, int deadTimeMs, QString* why)
    {
        QString text = agent::test::minimalConfig();
        text.replace(QStringLiteral("interval_ms = 200\ndead_time_ms = 1000"),
                     QStringLiteral("interval_ms = %1\ndead_time_ms = %2").arg(intervalMs).arg(deadTimeMs));
        const auto result = agent::ConfigLoader::loadFile(agent::test::writeClusterDir(m_dir.path(), text));
        for (const agent::ConfigIssue& i : result.issues) {
            if (i.field.startsWith(QLatin1String("timing."))) {
                *why = i.toString();
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void deadTimeIsRefusedExactlyWhenTheAgentRefusesIt_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("deadTimeMs");
        QTest::addColumn<bool>("fits");
        QTest::newRow("the defaults") << 200 << 1000 << true;
        QTest::newRow("exactly three intervals") << 200 << 600 << true;
        QTest::newRow("one millisecond short of three intervals") << 200 << 599 << false;
        QTest::newRow("two and a half intervals") << 400 << 1000 << false;
        QTest::newRow("two intervals") << 200 << 400 << false;
        // The agent's ranges are the page's: a timing the agents run with is shown as it is.
        QTest::newRow("the shortest interval")
            << HeartbeatTiming::kMinIntervalMs << 3 * HeartbeatTiming::kMinIntervalMs << true;
        QTest::newRow("the longest interval")
            << HeartbeatTiming::kMaxIntervalMs << HeartbeatTiming::kMaxDeadTimeMs << true;
        QTest::newRow("the longest interval, short")
            << HeartbeatTiming::kMaxIntervalMs << 3 * HeartbeatTiming::kMaxIntervalMs - 1 << false;
        QTest::newRow("the shortest dead time")
            << HeartbeatTiming::kMinIntervalMs << HeartbeatTiming::kMinDeadTimeMs << false;
    }

    void deadTimeIsRefusedExactlyWhenTheAgentRefusesIt()
    {
        QFETCH(int, intervalMs);
        QFETCH(int, deadTimeMs);
        QFETCH(bool, fits);

        SetupWizard wizard(m_dir.path());
        auto* page = qobject_cast<ui::LinksPage*>(wizard.page(SetupWizard::LinksPageId));
        QVERIFY(page);
        page->initializePage(); // one link, with no addresses offered (no node answered)
        field<QComboBox>(page, "linkAddress0_0")->setEditText(QStringLiteral("192.0.2.1"));
        field<QComboBox>(page, "linkAddress0_1")->setEditText(QStringLiteral("192.0.2.2"));
        field<QSpinBox>(page, "interval")->setValue(intervalMs);
        field<QSpinBox>(page, "deadTime")->setValue(deadTimeMs);
        QCOMPARE(field<QSpinBox>(page, "interval")->value(), intervalMs); // inside the page's ranges
        QCOMPARE(field<QSpinBox>(page, "deadTime")->value(), deadTimeMs);

        const bool wizardAccepts = page->validatePage();
        const QString notice = field<ui::NoticeLabel>(page, "wizardNotice")->text();
        QString why;
        const bool agentAccepts = this->agentAccepts(intervalMs, deadTimeMs, &why);
        QVERIFY2(wizardAccepts == agentAccepts, qPrintable(QStringLiteral("wizard: %1; agent: %2")
                                                               .arg(wizardAccepts ? QStringLiteral("accepts") : notice,
                                                                    agentAccepts ? QStringLiteral("accepts") : why)));
        QCOMPARE(agentAccepts, fits);
        QCOMPARE(HeartbeatTiming::deadTimeFits(intervalMs, deadTimeMs), fits);
        if (!fits) // refused for the dead time, naming the agent's minimum
            QVERIFY2(notice.contains(QLocale().toString(HeartbeatTiming::minDeadTimeMs(intervalMs))),
                     qPrintable(notice));
    }

    // The timing presets are the agent's profiles: choosing one sets its values, and values typed
    // by hand show the profile they match, or "custom".
    void aTimingPresetSetsTheAgentsProfileAndTypedValuesShowTheirPreset()
    {
        SetupWizard wizard(m_dir.path());
        auto* page = qobject_cast<ui::LinksPage*>(wizard.page(SetupWizard::LinksPageId));
        QVERIFY(page);
        page->initializePage();
        auto* preset = field<QComboBox>(page, "timingPreset");
        auto* interval = field<QSpinBox>(page, "interval");
        auto* dead = field<QSpinBox>(page, "deadTime");
        QCOMPARE(preset->currentData().toString(), QStringLiteral("default"));

        const int fast = preset->findData(QStringLiteral("fast"));
        QVERIFY(fast >= 0);
        preset->setCurrentIndex(fast);
        Q_EMIT preset->activated(fast);
        QCOMPARE(interval->value(), protocol::TimingProfile::fast().intervalMs);
        QCOMPARE(dead->value(), protocol::TimingProfile::fast().deadTimeMs);
        QString why;
        QVERIFY2(agentAccepts(interval->value(), dead->value(), &why), qPrintable(why));

        dead->setValue(300);
        QCOMPARE(preset->currentIndex(), preset->count() - 1); // custom
        interval->setValue(200);
        dead->setValue(1000);
        QCOMPARE(preset->currentData().toString(), QStringLiteral("default"));
    }
};

QTEST_MAIN(TestLinksPage)
#include "TestLinksPage.moc"
