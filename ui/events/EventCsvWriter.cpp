#include "ui/events/EventCsvWriter.h"

#include "agentlink/protocol/AtomicFile.h"
#include "ui/events/EventTableModel.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>

namespace twinha::ui {

QString EventCsvWriter::quoteField(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : field)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray EventCsvWriter::encode(const QList<QStringList>& rows)
{
    QByteArray out("\xEF\xBB\xBF"); // UTF-8 byte-order mark
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& field : row)
            fields << quoteField(field);
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

namespace {
// The OS's words ("No space left on device") are precise but untranslated; add ours for the cases
// a user can act on.
QString explain(const QString& path, const QString& systemError)
{
    QString sentence = EventCsvWriter::tr("Could not write %1: %2.").arg(path, systemError);
    if (systemError == qt_error_string(ENOSPC))
        sentence += QLatin1Char(' ') + EventCsvWriter::tr("The disk is full; free some space or choose another "
                                                          "place, then export again.");
    else if (systemError == qt_error_string(ENOENT))
        sentence += QLatin1Char(' ') + EventCsvWriter::tr("The folder does not exist; choose another one.");
    else if (systemError == qt_error_string(EACCES) || systemError == qt_error_string(EROFS))
        sentence += QLatin1Char(' ') + EventCsvWriter::tr("Choose a folder you may write to.");
    return sentence;
}
} // namespace

bool EventCsvWriter::write(const QString& path, const QList<QStringList>& rows, QString* error)
{
    const QByteArray bytes = encode(rows);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // A device or a pipe: there is no file to replace atomically (and renaming a temporary
        // file over /dev/something as root would destroy the device node), so write straight to it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            if (error)
                *error = explain(path, file.errorString());
            return false;
        }
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            if (error)
                *error = explain(path, file.errorString());
            return false;
        }
        return true;
    }
    // Replaced whole or not at all, and on disk before the export says it is done.
    protocol::AtomicFile file(path);
    if (!file.prepare(bytes, 0644) || !file.commit()) {
        if (error)
            *error = explain(path, qt_error_string(file.failedErrno()));
        return false;
    }
    return true;
}

QList<QStringList> EventCsvWriter::rowsFromModel(const QAbstractItemModel& model)
{
    QList<QStringList> rows;
    rows << QStringList{tr("Local time"), tr("Time (UTC)"), tr("Node"),    tr("Entry"),
                        tr("Type"),       tr("Actor"),      tr("Summary"), tr("Details (JSON)")};
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        const QJsonObject entry = cell(0, EventTableModel::EntryRole).toJsonObject();
        rows << QStringList{
            cell(EventTableModel::TimeColumn).toString(),
            entry.value(QStringLiteral("time")).toString(),
            cell(EventTableModel::NodeColumn).toString(),
            QString::number(cell(0, EventTableModel::SeqRole).toLongLong()),
            cell(EventTableModel::TypeColumn).toString(),
            cell(EventTableModel::ActorColumn).toString(),
            cell(EventTableModel::SummaryColumn).toString(),
            QString::fromUtf8(
                QJsonDocument(entry.value(QStringLiteral("data")).toObject()).toJson(QJsonDocument::Compact)),
        };
    }
    return rows;
}

} // namespace twinha::ui
