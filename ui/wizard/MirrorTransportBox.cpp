#include "ui/wizard/MirrorTransportBox.h"

#include "agentlink/protocol/PrivateAddress.h"
#include "ui/wizard/WizardWidgets.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace twinha::ui {

MirrorTransportBox::MirrorTransportBox(QWidget* parent)
    : QWidget(parent)
    , m_ssh(new QRadioButton(this))
    , m_rsync(new QRadioButton(this))
    , m_hint(wrappingLabel(this, "mirrorTransportHint"))
{
    m_ssh->setObjectName(QStringLiteral("mirrorOverSsh"));
    m_rsync->setObjectName(QStringLiteral("mirrorOverRsync"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_ssh);
    group->addButton(m_rsync);
    m_ssh->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ssh);
    layout->addWidget(m_rsync);
    layout->addWidget(m_hint);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on) {
            retranslate();
            Q_EMIT changed();
        }
    });
    retranslate();
}

void MirrorTransportBox::setRoute(const QString& address0, const QString& address1, const QString& name0,
                                  const QString& name1, int sshPort0, int sshPort1)
{
    m_address[0] = address0;
    m_address[1] = address1;
    m_name[0] = name0;
    m_name[1] = name1;
    m_sshPort[0] = sshPort0;
    m_sshPort[1] = sshPort1;
    retranslate();
}

bool MirrorTransportBox::privateRoute() const
{
    return protocol::PrivateAddress::isPrivate(m_address[0]) && protocol::PrivateAddress::isPrivate(m_address[1]);
}

void MirrorTransportBox::setTransport(protocol::MirrorTransportKind transport)
{
    const bool ssh = transport == protocol::MirrorTransportKind::Unknown
                         ? !privateRoute()
                         : transport == protocol::MirrorTransportKind::Ssh;
    (ssh ? m_ssh : m_rsync)->setChecked(true);
    retranslate();
}

protocol::MirrorTransportKind MirrorTransportBox::transport() const
{
    return m_ssh->isChecked() ? protocol::MirrorTransportKind::Ssh : protocol::MirrorTransportKind::Rsync;
}

void MirrorTransportBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MirrorTransportBox::retranslate()
{
    const bool isPrivate = privateRoute();
    m_ssh->setText(isPrivate ? tr("Encrypted, over &SSH") : tr("Encrypted, over &SSH (recommended)"));
    m_rsync->setText(isPrivate ? tr("Unencrypted rsync protocol (recommended on a private cable)")
                               : tr("Unencrypted rsync protocol"));
    QString hint;
    if (m_ssh->isChecked())
        hint = tr("Each node sends the copy to the other's SSH server (%1 port %2, %3 port %4). Apply gives each node "
                  "a key of its own and lets the other's key in, for the mirror only; each node checks the other's "
                  "host key as this console verified it.")
                   .arg(m_name[0])
                   .arg(m_sshPort[0])
                   .arg(m_name[1])
                   .arg(m_sshPort[1]);
    else if (isPrivate)
        hint = tr("The copy travels unencrypted, authenticated with a password derived from the cluster key. Fine on "
                  "a private cable between the nodes; anyone with access to that network can read the data.");
    else
        hint = tr("%1 and %2 are not on a private network: the copy would cross it unencrypted, readable by anyone "
                  "on the way. Choose SSH unless this is a private cable.")
                   .arg(m_address[0], m_address[1]);
    m_hint->setText(hint);
}

} // namespace twinha::ui
