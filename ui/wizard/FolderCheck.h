#pragma once

#include "agentlink/protocol/RpcError.h"
#include "ui/wizard/NodeProbe.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <array>

namespace twinha::ui {

class WizardSession;

// The replication page's check of a mirror's folders: node.path_info on both nodes, and what each
// answer means for the mirror in the user's language (the folder is missing or a file; how much
// the first copy sends from the source; what the target holds that the copy will delete).
class FolderCheck : public QObject
{
    Q_OBJECT

public:
    explicit FolderCheck(QObject* parent = nullptr);

    // Asks both nodes about paths[node]; `key` names what is checked (key()). Answers to an earlier
    // start, or after reset(), are dropped. finished() comes once both answered or could not be
    // asked, possibly before start() returns.
    void start(WizardSession* session, const std::array<QString, 2>& paths, const QString& key);
    void reset();
    bool running() const { return m_running; }
    const QString& key() const { return m_key; } // empty: nothing checked
    // A line per node; `fine` is cleared when a folder is not usable. `source`: the node copied from.
    QStringList lines(const std::array<QString, 2>& names, int source, bool* fine) const;

Q_SIGNALS:
    void finished();

private:
    void answered(int node, const protocol::RpcError& error, const QJsonObject& info);
    QString line(int node, const QString& name, bool source, bool* fine) const;

    std::array<NodeProbe, 2> m_nodes; // result: one entry of node.path_info's `paths`
    std::array<QString, 2> m_paths;
    QString m_key;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace twinha::ui
