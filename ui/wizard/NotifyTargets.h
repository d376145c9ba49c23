#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace twinha::ui {

// cluster.toml's [[notify]] as the setup wizard offers it: one list of mail addresses and one
// webhook. Each keeps the rest of its table as the file had it (events, sendmail, timeout_ms,
// name), and the tables the wizard does not model (scripts, a second list) go back untouched.
struct NotifyTargets
{
    QStringList email;
    QString webhook;
    QJsonObject mailTable; // the file's mail table, as read
    QJsonObject hookTable; // the file's webhook table, as read
    QJsonArray others;
    bool hadAny = false; // the file had [[notify]]: sending none removes them

    static NotifyTargets fromDocument(const QJsonArray& tables);
    // The [[notify]] array for config.compose; empty when there is nothing to say (no key sent).
    QJsonArray toSettings() const;
    bool shouldSend() const { return hadAny || !email.isEmpty() || !webhook.isEmpty(); }
    QString sendmail() const { return mailTable.value(QStringLiteral("sendmail")).toString(); } // empty: default
    // "a@x, b@y c@z" as a list, commas, semicolons and spaces all separating.
    static QStringList splitAddresses(const QString& text);
    static bool isAddress(const QString& address);
    static bool isWebhook(const QString& url); // http or https, with a host
};

} // namespace twinha::ui
