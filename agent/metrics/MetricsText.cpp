#include "agent/metrics/MetricsText.h"

#include <QLocale>

#include <cmath>

namespace twinha::agent {

void MetricsText::family(const QString& name, const char* type, const QString& help)
{
    m_name = name;
    m_header =
        "# HELP " + name.toLatin1() + ' ' + escape(help, false) + "\n# TYPE " + name.toLatin1() + ' ' + type + '\n';
}

void MetricsText::sample(const Labels& labels, double value)
{
    m_text += m_header;
    m_header.clear();
    m_text += m_name.toLatin1();
    if (!labels.isEmpty()) {
        m_text += '{';
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i > 0)
                m_text += ',';
            m_text += labels.at(i).first.toLatin1() + "=\"" + escape(labels.at(i).second, true) + '"';
        }
        m_text += '}';
    }
    m_text += ' ' + number(value) + '\n';
}

QByteArray MetricsText::escape(const QString& value, bool quotes)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quotes)
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

QByteArray MetricsText::number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    // The shortest text that reads back as the same double, never with a locale's separators.
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace twinha::agent
