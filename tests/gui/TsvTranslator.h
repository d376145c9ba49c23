#pragma once

#include <QFile>
#include <QHash>
#include <QTranslator>

namespace twinha::tests {

// Translations from a `context<TAB>source<TAB>zh_CN<TAB>ja` file: strings written but not yet in
// the .ts files, so screenshots can show how long Chinese and Japanese text lays out.
class TsvTranslator : public QTranslator
{
public:
    bool loadTsv(const QString& path, const QString& language)
    {
        const int column = language == QLatin1String("zh_CN") ? 2 : language == QLatin1String("ja") ? 3 : -1;
        QFile file(path);
        if (column < 0 || !file.open(QIODevice::ReadOnly))
            return false;
        while (!file.atEnd()) {
            const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
            if (fields.size() > column && !fields.at(column).isEmpty())
                m_strings.insert(fields.at(0) + QLatin1Char('\x1f') + fields.at(1), fields.at(column));
        }
        return !m_strings.isEmpty();
    }

    QString translate(const char* context, const char* sourceText, const char*, int n) const override
    {
        QString t = m_strings.value(QString::fromUtf8(context) + QLatin1Char('\x1f') + QString::fromUtf8(sourceText));
        if (n >= 0)
            t.replace(QStringLiteral("%n"), QString::number(n));
        return t;
    }
    bool isEmpty() const override { return m_strings.isEmpty(); }
    int size() const { return int(m_strings.size()); }

private:
    QHash<QString, QString> m_strings;
};

} // namespace twinha::tests
