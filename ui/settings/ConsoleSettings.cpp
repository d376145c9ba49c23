#include "ui/settings/ConsoleSettings.h"

#include <QSettings>

#include <algorithm>

namespace twinha::ui {

namespace {
const QString kLanguage = QStringLiteral("language");
const QString kChartWindow = QStringLiteral("charts/windowMinutes");
const QString kLagWarning = QStringLiteral("replication/lagWarningSeconds");

QString notificationKey(ConsoleSettings::Notification which)
{
    switch (which) {
    case ConsoleSettings::Notification::LinkLoss:
        return QStringLiteral("notifications/linkLoss");
    case ConsoleSettings::Notification::Failover:
        return QStringLiteral("notifications/failover");
    case ConsoleSettings::Notification::SplitBrain:
        return QStringLiteral("notifications/splitBrain");
    case ConsoleSettings::Notification::LagOverThreshold:
        return QStringLiteral("notifications/lagOverThreshold");
    }
    return {};
}

QString validLanguage(const QString& language)
{
    return ConsoleSettings::languages().contains(language) ? language : QStringLiteral("system");
}

int readInt(const QSettings& s, const QString& key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = s.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, min, max) : fallback; // a hand-edited file may hold anything
}
} // namespace

ConsoleSettings::ConsoleSettings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

ConsoleSettings::ConsoleSettings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

ConsoleSettings::~ConsoleSettings() = default;

QStringList ConsoleSettings::languages()
{
    return {QStringLiteral("system"), QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("en")};
}

QString ConsoleSettings::language() const
{
    return validLanguage(m_settings->value(kLanguage).toString());
}

bool ConsoleSettings::notifies(Notification which) const
{
    return m_settings->value(notificationKey(which), true).toBool();
}

int ConsoleSettings::chartWindowMinutes() const
{
    return readInt(*m_settings, kChartWindow, Values().chartWindowMinutes, kMinChartMinutes, kMaxChartMinutes);
}

int ConsoleSettings::lagWarningSeconds() const
{
    return readInt(*m_settings, kLagWarning, Values().lagWarningSeconds, kMinLagSeconds, kMaxLagSeconds);
}

ConsoleSettings::Values ConsoleSettings::values() const
{
    Values v;
    v.language = language();
    v.notifyLinkLoss = notifies(Notification::LinkLoss);
    v.notifyFailover = notifies(Notification::Failover);
    v.notifySplitBrain = notifies(Notification::SplitBrain);
    v.notifyLag = notifies(Notification::LagOverThreshold);
    v.chartWindowMinutes = chartWindowMinutes();
    v.lagWarningSeconds = lagWarningSeconds();
    return v;
}

void ConsoleSettings::setValues(const Values& values)
{
    Values v = values;
    v.language = validLanguage(v.language);
    v.chartWindowMinutes = std::clamp(v.chartWindowMinutes, kMinChartMinutes, kMaxChartMinutes);
    v.lagWarningSeconds = std::clamp(v.lagWarningSeconds, kMinLagSeconds, kMaxLagSeconds);
    const Values before = this->values();
    if (v == before)
        return;
    store(v);
    Q_EMIT changed();
    if (v.language != before.language)
        Q_EMIT languageChanged(v.language);
}

void ConsoleSettings::store(const Values& v)
{
    m_settings->setValue(kLanguage, v.language);
    m_settings->setValue(notificationKey(Notification::LinkLoss), v.notifyLinkLoss);
    m_settings->setValue(notificationKey(Notification::Failover), v.notifyFailover);
    m_settings->setValue(notificationKey(Notification::SplitBrain), v.notifySplitBrain);
    m_settings->setValue(notificationKey(Notification::LagOverThreshold), v.notifyLag);
    m_settings->setValue(kChartWindow, v.chartWindowMinutes);
    m_settings->setValue(kLagWarning, v.lagWarningSeconds);
}

void ConsoleSettings::setLanguage(const QString& language)
{
    Values v = values();
    v.language = language;
    setValues(v);
}

void ConsoleSettings::setNotifies(Notification which, bool on)
{
    Values v = values();
    switch (which) {
    case Notification::LinkLoss:
        v.notifyLinkLoss = on;
        break;
    case Notification::Failover:
        v.notifyFailover = on;
        break;
    case Notification::SplitBrain:
        v.notifySplitBrain = on;
        break;
    case Notification::LagOverThreshold:
        v.notifyLag = on;
        break;
    }
    setValues(v);
}

void ConsoleSettings::setChartWindowMinutes(int minutes)
{
    Values v = values();
    v.chartWindowMinutes = minutes;
    setValues(v);
}

void ConsoleSettings::setLagWarningSeconds(int seconds)
{
    Values v = values();
    v.lagWarningSeconds = seconds;
    setValues(v);
}

bool ConsoleSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace twinha::ui
