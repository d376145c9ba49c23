#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace twinha::ui {

// Writes event rows as CSV (RFC 4180: fields quoted when they hold a comma, quote, CR or LF;
// quotes doubled; CRLF line ends) in UTF-8 with a byte-order mark, which is what makes Excel read
// Chinese and Japanese text correctly. A write that fails (a full disk, a vanished directory) is
// reported, never silently truncated: regular files are replaced only once everything is written.
class EventCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(twinha::ui::EventCsvWriter)

public:
    static QString quoteField(const QString& field);
    static QByteArray encode(const QList<QStringList>& rows); // BOM + rows
    static bool write(const QString& path, const QList<QStringList>& rows, QString* error);

    // The rows of an event model (EventTableModel, or a proxy over it) as they are sorted and
    // filtered, with a header line: local time, UTC time, node, seq, type, actor, summary, details.
    static QList<QStringList> rowsFromModel(const QAbstractItemModel& model);
};

} // namespace twinha::ui
