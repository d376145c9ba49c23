#include "tests/bench/ConsoleScale/AutogroupCheck.h"

#include <QFile>

namespace twinha::bench {

namespace {
const char* const kSetting = "/proc/sys/kernel/sched_autogroup_enabled";

bool autogroupOn()
{
    QFile f(QString::fromLatin1(kSetting));
    return f.open(QIODevice::ReadOnly) && f.readAll().trimmed() == "1";
}

bool setAutogroup(bool on)
{
    QFile f(QString::fromLatin1(kSetting));
    return f.open(QIODevice::WriteOnly) && f.write(on ? "1\n" : "0\n") == 2;
}
} // namespace

AutogroupCheck::AutogroupCheck()
    : m_wasOn(autogroupOn())
{
    m_turnedOff = m_wasOn && setAutogroup(false);
    m_onDuringRun = autogroupOn();
}

AutogroupCheck::~AutogroupCheck()
{
    if (m_turnedOff)
        setAutogroup(true);
}

QString AutogroupCheck::describe() const
{
    if (m_turnedOff)
        return QStringLiteral(
            "scheduler autogroup: turned off for the run (restored after), so the lab's low priority holds");
    if (!m_onDuringRun)
        return QStringLiteral("scheduler autogroup: off, so the lab's low priority holds");
    return QStringLiteral("scheduler autogroup: ON - each SSH login of the lab is a session of its own that weighs as "
                          "much as the console, whatever its priority: these figures measure the lab as much as the "
                          "console (turn it off with `sudo sysctl -w kernel.sched_autogroup_enabled=0`)");
}

} // namespace twinha::bench
