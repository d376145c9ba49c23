#pragma once

#include "agentlink/protocol/RpcError.h"
#include "ui/wizard/NodeProbe.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace twinha::ui {

class NoticeLabel;
class WizardSession;
struct WizardModel;

// The failover page's witness tab: the address of `twinha-agent witness` on a third host and the lease
// TTL, with the trade-off said plainly (a takeover after a failure takes about one TTL). "Check
// witness" asks each connected node (node.probe_witness) whether it reaches the witness; the answer
// is advisory, the agents check again at Apply.
class WitnessBox : public QWidget
{
    Q_OBJECT

public:
    explicit WitnessBox(QWidget* parent = nullptr);

    // The wizard's session and the nodes' names, for the check; null disables it.
    void setSession(WizardSession* session, const std::array<QString, 2>& names);
    void load(const WizardModel& model);
    void store(WizardModel& model) const;
    // What is wrong with the entries (empty when nothing), and the field to focus.
    QString problem(QWidget** field) const;
    // "host:port" with a port, IPv6 in brackets, as the agent reads it.
    static bool isValidAddress(const QString& address);
    // One node's node.probe_witness result as a sentence; `asked` is the address or URL sent.
    // `failed` is set when the witness would not serve this cluster as it is.
    static QString checkText(const QString& node, const QString& asked, const QJsonObject& result, bool* failed);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString checkTarget() const; // the address, or etcd's first URL
    void check();
    void showCheck();
    void resetCheck();

    QLabel* m_help;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_ttlLabel;
    QSpinBox* m_ttl;
    QLabel* m_ttlHelp;
    QLabel* m_etcd;
    QStringList m_etcdUrls;
    QPushButton* m_check;
    NoticeLabel* m_checkResult;
    WizardSession* m_session = nullptr;
    std::array<QString, 2> m_names;
    std::array<NodeProbe, 2> m_probes;
    QString m_asked; // what the shown check asked; empty when none was made
    int m_generation = 0;
};

} // namespace twinha::ui
