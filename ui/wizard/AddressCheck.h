#pragma once

#include "agentlink/protocol/RpcError.h"
#include "ui/wizard/NodeProbe.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <array>

namespace twinha::ui {

class WizardSession;

// The resource editor's check of a virtual IP address: node.probe_address on both nodes, and what
// each answer means in the user's language (whether the address fits the interface's subnet, and
// whether something already answers on it).
class AddressCheck : public QObject
{
    Q_OBJECT

public:
    enum class Severity
    {
        Fine,
        Warning,
        Error
    };

    explicit AddressCheck(QObject* parent = nullptr);

    // Asks both nodes about `address` ("ip/prefix") on `interface` (empty: any); `key` names what
    // is checked (key()). Answers to an earlier start, or after reset(), are dropped. finished()
    // comes once both answered or could not be asked, possibly before start() returns.
    void start(WizardSession* session, const QString& address, const QString& interface, const QString& key);
    void reset();
    bool running() const { return m_running; }
    const QString& key() const { return m_key; } // empty: nothing checked
    // A line per node; `severity` gets the worst finding. An address in `held` (without prefix),
    // which the running cluster holds now, is expected to answer.
    QStringList lines(const std::array<QString, 2>& names, const QStringList& held, Severity* severity) const;

Q_SIGNALS:
    void finished();

private:
    void answered(int node, const protocol::RpcError& error, const QJsonObject& result);
    QString line(int node, const QString& name, const QStringList& held, Severity* severity) const;

    std::array<NodeProbe, 2> m_probes;
    QString m_key;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace twinha::ui
