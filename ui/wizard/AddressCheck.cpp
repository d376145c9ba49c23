#include "ui/wizard/AddressCheck.h"

#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/NodeDiscovery.h"
#include "ui/wizard/WizardSession.h"

#include <QPointer>

#include <algorithm>

namespace twinha::ui {

AddressCheck::AddressCheck(QObject* parent)
    : QObject(parent)
{}

void AddressCheck::start(WizardSession* session, const QString& address, const QString& interface, const QString& key)
{
    reset();
    m_key = key;
    const int generation = m_generation;
    QJsonObject params{{QStringLiteral("address"), address}};
    if (!interface.isEmpty())
        params.insert(QStringLiteral("interface"), interface);
    // Replies may come after the dialog closed or the address changed: both are ignored.
    QPointer<AddressCheck> self(this);
    for (int node : {0, 1}) {
        m_probes[size_t(node)].sent =
            session && session->call(node, QString::fromLatin1(protocol::methods::kNodeProbeAddress), params,
                                     [self, generation, node](const protocol::RpcMessage& reply) {
                                         if (self && self->m_generation == generation)
                                             self->answered(node, reply.error, reply.result.toObject());
                                     });
    }
    m_running = m_probes[0].sent || m_probes[1].sent;
    if (!m_running)
        Q_EMIT finished();
}

void AddressCheck::reset()
{
    ++m_generation; // answers on their way are for something else now
    m_probes = {};
    m_key.clear();
    m_running = false;
}

void AddressCheck::answered(int node, const protocol::RpcError& error, const QJsonObject& result)
{
    NodeProbe& p = m_probes[size_t(node)];
    p.done = true;
    p.error = error;
    if (error.isNull())
        p.result = result;
    if (!m_probes[0].settled() || !m_probes[1].settled())
        return;
    m_running = false;
    Q_EMIT finished();
}

QStringList AddressCheck::lines(const std::array<QString, 2>& names, const QStringList& held, Severity* severity) const
{
    *severity = Severity::Fine;
    QStringList out;
    for (int node : {0, 1}) {
        Severity s = Severity::Fine;
        out << line(node, names[size_t(node)], held, &s);
        *severity = std::max(*severity, s);
    }
    return out;
}

QString AddressCheck::line(int node, const QString& name, const QStringList& held, Severity* severity) const
{
    const NodeProbe& p = m_probes[size_t(node)];
    if (!p.sent) {
        *severity = Severity::Warning;
        return tr("%1: not connected, so the address was not checked there.").arg(name);
    }
    if (!p.error.isNull()) {
        *severity = Severity::Warning;
        return tr("%1: the check failed. %2").arg(name, agentlink::ErrorText::describe(p.error));
    }
    const QString address = p.result.value(QStringLiteral("address")).toString();
    const QString interface = p.result.value(QStringLiteral("interface")).toString();
    using How = protocol::AddressProbeHow;
    const QString howName = p.result.value(QStringLiteral("how")).toString();
    const How how = protocol::addressProbeHowFrom(howName);
    QString subnet;
    if (p.result.value(QStringLiteral("in_subnet")).toBool()) {
        subnet = tr("%1 is inside the subnet of %2.").arg(address, interface);
    } else {
        *severity = Severity::Warning;
        subnet = interface.isEmpty()
                     ? tr("%1 is in the subnet of none of this node's interfaces, so other hosts may not reach it.")
                           .arg(address)
                     : tr("%1 is not inside the subnet of %2, so other hosts may not reach it. Check the prefix "
                          "and the interface.")
                           .arg(address, interface);
    }
    QString answer;
    if (!p.result.value(QStringLiteral("answering")).toBool()) {
        if (how == How::Untested) {
            *severity = std::max(*severity, Severity::Warning);
            const QString tool = p.result.value(QStringLiteral("tool")).toString();
            answer = tool.isEmpty() ? tr("Whether something answers on it could not be tested.")
                                    : tr("Whether something answers on it could not be tested: %1 is not installed "
                                         "on this node.")
                                          .arg(tool);
        } else {
            answer = tr("Nothing answers on it.");
        }
    } else if (held.contains(address)) {
        answer = tr("It answers, as expected: the cluster holds this address now.");
    } else if (how == How::Local) {
        *severity = Severity::Error;
        answer = tr("It is already assigned on this node. Remove it from the node's network settings: the cluster "
                    "adds and removes it by itself.");
    } else {
        *severity = Severity::Error;
        answer = tr("Something already answers on it (found with %1): another host uses this address.").arg(howName);
    }
    return tr("%1: %2 %3").arg(name, subnet, answer);
}

} // namespace twinha::ui
