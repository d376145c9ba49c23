#include "ui/wizard/FolderCheck.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Methods.h"
#include "ui/wizard/WizardSession.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>

#include <algorithm>
#include <climits>

namespace twinha::ui {

FolderCheck::FolderCheck(QObject* parent)
    : QObject(parent)
{}

void FolderCheck::start(WizardSession* session, const std::array<QString, 2>& paths, const QString& key)
{
    reset();
    m_paths = paths;
    m_key = key;
    const int generation = m_generation;
    QPointer<FolderCheck> self(this);
    for (int node : {0, 1}) {
        const QJsonObject params{{QStringLiteral("paths"), QJsonArray{paths[size_t(node)]}}};
        m_nodes[size_t(node)].sent =
            session &&
            session->call(node, QString::fromLatin1(protocol::methods::kNodePathInfo), params,
                          [self, generation, node](const protocol::RpcMessage& reply) {
                              if (!self || self->m_generation != generation)
                                  return;
                              self->answered(
                                  node, reply.error,
                                  reply.result.toObject().value(QStringLiteral("paths")).toArray().at(0).toObject());
                          });
    }
    m_running = m_nodes[0].sent || m_nodes[1].sent;
    if (!m_running)
        Q_EMIT finished();
}

void FolderCheck::reset()
{
    ++m_generation; // answers on their way are for something else now
    m_nodes = {};
    m_key.clear();
    m_running = false;
}

void FolderCheck::answered(int node, const protocol::RpcError& error, const QJsonObject& info)
{
    NodeProbe& n = m_nodes[size_t(node)];
    n.done = true;
    n.error = error;
    if (error.isNull())
        n.result = info;
    if (!m_nodes[0].settled() || !m_nodes[1].settled())
        return;
    m_running = false;
    Q_EMIT finished();
}

QStringList FolderCheck::lines(const std::array<QString, 2>& names, int source, bool* fine) const
{
    QStringList out;
    for (int node : {0, 1})
        out << line(node, names[size_t(node)], node == source, fine);
    return out;
}

QString FolderCheck::line(int node, const QString& name, bool source, bool* fine) const
{
    const NodeProbe& c = m_nodes[size_t(node)];
    const QString& p = m_paths[size_t(node)];
    if (!c.sent) {
        *fine = false;
        return tr("%1: not connected, so the folder could not be checked. Go back to the connection page and "
                  "reconnect.")
            .arg(name);
    }
    if (!c.error.isNull()) {
        *fine = false;
        return tr("%1: the folder could not be checked. %2").arg(name, agentlink::ErrorText::describe(c.error));
    }
    if (!c.result.value(QStringLiteral("exists")).toBool()) {
        *fine = false;
        return tr("%1: %2 does not exist. Create the folder on this node, then check again.").arg(name, p);
    }
    if (!c.result.value(QStringLiteral("is_dir")).toBool()) {
        *fine = false;
        return tr("%1: %2 is a file, not a folder. Choose a folder.").arg(name, p);
    }
    const int files = int(std::min<qint64>(c.result.value(QStringLiteral("files")).toInteger(), INT_MAX));
    const QString size = QLocale().formattedDataSize(c.result.value(QStringLiteral("bytes")).toInteger());
    const bool truncated = c.result.value(QStringLiteral("truncated")).toBool();
    if (source) {
        return truncated
                   ? tr("%1: %2 is a folder. The first copy sends more than %Ln file(s), %3; counting stopped "
                        "there.",
                        nullptr, files)
                         .arg(name, p, size)
                   : tr("%1: %2 is a folder. The first copy sends %Ln file(s), %3.", nullptr, files).arg(name, p, size);
    }
    if (files > 0)
        return tr("%1: %2 is a folder with %Ln file(s). It receives the copy: files the active node does not have "
                  "are deleted from it.",
                  nullptr, files)
            .arg(name, p);
    return tr("%1: %2 is an empty folder, ready to receive the copy.").arg(name, p);
}

} // namespace twinha::ui
