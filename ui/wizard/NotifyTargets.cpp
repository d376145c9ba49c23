#include "ui/wizard/NotifyTargets.h"

#include <QRegularExpression>
#include <QUrl>

namespace twinha::ui {

NotifyTargets NotifyTargets::fromDocument(const QJsonArray& tables)
{
    NotifyTargets t;
    t.hadAny = !tables.isEmpty();
    bool mail = false;
    bool hook = false;
    for (const QJsonValue& v : tables) {
        const QJsonObject table = v.toObject();
        const bool isMail = table.contains(QStringLiteral("email")) && !table.contains(QStringLiteral("script")) &&
                            !table.contains(QStringLiteral("webhook"));
        const bool isHook = table.contains(QStringLiteral("webhook")) && !table.contains(QStringLiteral("script")) &&
                            !table.contains(QStringLiteral("email"));
        if (isMail && !mail) {
            mail = true;
            t.mailTable = table;
            for (const QJsonValue& a : table.value(QStringLiteral("email")).toArray())
                t.email << a.toString();
        } else if (isHook && !hook) {
            hook = true;
            t.hookTable = table;
            t.webhook = table.value(QStringLiteral("webhook")).toString();
        } else {
            t.others.append(table);
        }
    }
    return t;
}

QJsonArray NotifyTargets::toSettings() const
{
    QJsonArray out = others;
    if (!email.isEmpty()) {
        QJsonObject table = mailTable;
        if (!table.contains(QStringLiteral("name")))
            table.insert(QStringLiteral("name"), QStringLiteral("mail"));
        table.insert(QStringLiteral("email"), QJsonArray::fromStringList(email));
        out.append(table);
    }
    if (!webhook.isEmpty()) {
        QJsonObject table = hookTable;
        if (!table.contains(QStringLiteral("name")))
            table.insert(QStringLiteral("name"), QStringLiteral("webhook"));
        table.insert(QStringLiteral("webhook"), webhook);
        out.append(table);
    }
    return out;
}

QStringList NotifyTargets::splitAddresses(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool NotifyTargets::isAddress(const QString& address)
{
    // What the agent accepts (agent/notify/NotifySection.cpp).
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+$"));
    return re.match(address).hasMatch();
}

bool NotifyTargets::isWebhook(const QString& url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && !u.host().isEmpty() &&
           (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"));
}

} // namespace twinha::ui
