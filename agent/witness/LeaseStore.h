#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace twinha::agent {

// The witness's record of its leases on disk (STATE_DIR/leases.json), replaced atomically and
// synced before a grant is answered. Missing is an empty record; unreadable or damaged is an error,
// because a witness that forgot a lease could give it away twice.
class LeaseStore
{
public:
    explicit LeaseStore(const QString& stateDir);

    QString path() const { return m_path; }
    // The saved document, an empty object when there is no file yet, nullopt (with *error) when
    // the file cannot be read or is not a lease record.
    std::optional<QJsonObject> load(QString* error) const;
    bool save(const QJsonObject& document, QString* error) const;

private:
    QString m_path;
};

} // namespace twinha::agent
