#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace twinha::ui {

// The console's preferences, typed, with their defaults and limits in one place. Every setter
// stores at once and emits changed() when the value really changed; languageChanged() tells the
// application to install another translator (the settings only remember the choice).
class ConsoleSettings : public QObject
{
    Q_OBJECT

public:
    enum class Notification
    {
        LinkLoss,
        Failover,
        SplitBrain,
        LagOverThreshold,
    };
    struct Values
    {
        QString language = QStringLiteral("system");
        bool notifyLinkLoss = true;
        bool notifyFailover = true;
        bool notifySplitBrain = true;
        bool notifyLag = true;
        int chartWindowMinutes = 10;
        int lagWarningSeconds = 5;
        bool operator==(const Values&) const = default;
    };
    static constexpr int kMinChartMinutes = 1;
    static constexpr int kMaxChartMinutes = 7 * 24 * 60; // what the agents keep
    static constexpr int kMinLagSeconds = 1;
    static constexpr int kMaxLagSeconds = 3600;

    // The application's settings (organisation and application name decide where).
    explicit ConsoleSettings(QObject* parent = nullptr);
    // An INI file of one's own: tests, portable installs.
    explicit ConsoleSettings(const QString& iniFile, QObject* parent = nullptr);
    ~ConsoleSettings() override;

    // "system", "zh_CN", "ja", "en"
    static QStringList languages();
    QString language() const;
    void setLanguage(const QString& language); // anything else means "system"

    bool notifies(Notification which) const;
    void setNotifies(Notification which, bool on);

    int chartWindowMinutes() const;
    void setChartWindowMinutes(int minutes); // clamped to the limits above
    int lagWarningSeconds() const;
    void setLagWarningSeconds(int seconds);

    Values values() const;
    void setValues(const Values& values); // one changed() for the lot

    // Writes to disk now (QSettings otherwise does it later); false when the file cannot be written.
    bool sync();

Q_SIGNALS:
    void changed();
    void languageChanged(const QString& language);

private:
    void store(const Values& values);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace twinha::ui
