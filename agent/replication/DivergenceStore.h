#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace twinha::agent {

// The record of every kept set on this node, one JSON file each in STATE/divergence/sets/ID.json
// (outside the mirrored folder: the mirror never touches it):
//   {"id", "channel", "group", "node", "folder" (the mirrored folder), "path" (the set),
//    "armed_at", "kept_at", "files", "deleted", "overwritten", "bytes"}
// The set's files stay where rsync put them; an operator who has dealt with them deletes the
// set's folder, and the record then says "present": false.
class DivergenceStore
{
public:
    explicit DivergenceStore(const QString& stateDir);

    QString dir() const { return m_dir; }
    bool save(const QJsonObject& record, QString* error) const;
    // Newest first, each with "present": whether its folder is still there.
    QList<QJsonObject> list() const;
    std::optional<QJsonObject> find(const QString& id) const;
    bool contains(const QString& id) const;

private:
    QString recordPath(const QString& id) const;
    static QJsonObject withPresence(QJsonObject record);

    QString m_dir; // STATE/divergence/sets
};

} // namespace twinha::agent
