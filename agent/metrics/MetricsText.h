#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace twinha::agent {

// The Prometheus text exposition format (version 0.0.4, which every Prometheus and the
// OpenMetrics parsers read): families of samples, each with its HELP and TYPE lines once, label
// values escaped. A family with no samples is left out altogether.
class MetricsText
{
public:
    using Labels = QList<QPair<QString, QString>>;

    static constexpr const char* kContentType = "text/plain; version=0.0.4; charset=utf-8";

    // Starts a family: `type` is "gauge" or "counter" (a counter's name ends in "_total").
    void family(const QString& name, const char* type, const QString& help);
    // A sample of the family begun last.
    void sample(const Labels& labels, double value);
    void sample(double value) { sample({}, value); }

    QByteArray text() const { return m_text; }

    // A backslash and a line break escaped, and a double quote too in a label value (not in HELP).
    static QByteArray escape(const QString& value, bool quotes);
    static QByteArray number(double value);

private:
    QString m_name;
    QByteArray m_header; // HELP and TYPE, written before the family's first sample
    QByteArray m_text;
};

} // namespace twinha::agent
