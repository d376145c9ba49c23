#pragma once

#include "agentlink/protocol/ConfigTerms.h"

#include <QWidget>

class QLabel;
class QRadioButton;

namespace twinha::ui {

// The replication page's choice of how the mirror travels: over SSH (encrypted; each node lets
// only the other's mirror key in, set up by Apply) or with the rsync daemon protocol
// (authenticated, unencrypted). SSH is recommended, and chosen for a new mirror, unless both
// addresses are on a private, loopback or link-local network (protocol::PrivateAddress, the rule
// the agent's config check warns by).
class MirrorTransportBox : public QWidget
{
    Q_OBJECT

public:
    explicit MirrorTransportBox(QWidget* parent = nullptr);

    // The addresses the copy travels between (each node's first heartbeat address) and, for the
    // hint, each node's name and SSH port.
    void setRoute(const QString& address0, const QString& address1, const QString& name0, const QString& name1,
                  int sshPort0, int sshPort1);
    // Ssh or Rsync; Unknown: the recommended one for the route.
    void setTransport(protocol::MirrorTransportKind transport);
    protocol::MirrorTransportKind transport() const;
    bool privateRoute() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QRadioButton* m_ssh;
    QRadioButton* m_rsync;
    QLabel* m_hint;
    QString m_address[2];
    QString m_name[2];
    int m_sshPort[2] = {22, 22};
};

} // namespace twinha::ui
