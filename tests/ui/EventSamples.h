#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

// Journal entries shaped like agent/journal/JournalEntry::toClientJson() produces them.
namespace samples {

inline QString at(int second)
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC).addSecs(second).toString(Qt::ISODateWithMs);
}

inline QJsonObject entry(qint64 seq, int second, const QString& type, const QJsonObject& data = {},
                         const QString& actor = QStringLiteral("agent"), const QString& node = QStringLiteral("alpha"))
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("time"), at(second)},
            {QStringLiteral("type"), type},
            {QStringLiteral("node"), node},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("data"), data},
            {QStringLiteral("prev"), QString(64, QLatin1Char('0'))},
            {QStringLiteral("hash"), QString(64, QLatin1Char('a'))}};
}

inline QJsonObject linkDown(qint64 seq, int second, const QString& link = QStringLiteral("private"))
{
    return entry(seq, second, QStringLiteral("link_down"), {{QStringLiteral("link"), link}});
}

inline QJsonObject switchoverRequest(qint64 seq, int second, const QString& actor = QStringLiteral("alice@10.0.0.5"))
{
    return entry(seq, second, QStringLiteral("operator_action"),
                 {{QStringLiteral("method"), QStringLiteral("switchover.start")},
                  {QStringLiteral("group"), QStringLiteral("web")},
                  {QStringLiteral("to"), QStringLiteral("beta")},
                  {QStringLiteral("force"), false},
                  {QStringLiteral("id"), QStringLiteral("3f2a9c0d11aa")}},
                 actor);
}

inline QJsonObject operation(qint64 seq, int second, const QString& result, const QJsonObject& reason = {})
{
    QJsonObject data{
        {QStringLiteral("id"), QStringLiteral("3f2a9c0d11aa")},
        {QStringLiteral("kind"), QStringLiteral("switchover")},
        {QStringLiteral("group"), QStringLiteral("web")},
        {QStringLiteral("from"), QStringLiteral("alpha")},
        {QStringLiteral("to"), QStringLiteral("beta")},
        {QStringLiteral("phase"), QStringLiteral("finished")},
        {QStringLiteral("epoch"), 7},
        {QStringLiteral("result"), result},
        {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("stop")},
                                                         {QStringLiteral("ms"), 120},
                                                         {QStringLiteral("ok"), true}},
                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("start")},
                                                         {QStringLiteral("ms"), 340},
                                                         {QStringLiteral("ok"), result == QLatin1String("done")}}}},
        {QStringLiteral("started_at"), qint64(1714564800000)}};
    if (result == QLatin1String("done"))
        data.insert(QStringLiteral("gap_ms"), 460);
    if (!reason.isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    return entry(seq, second, QStringLiteral("operation"), data, QStringLiteral("alice@10.0.0.5"));
}

} // namespace samples
