#include "ui/wizard/MirrorFields.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/FolderCheck.h"
#include "ui/wizard/MirrorTransportBox.h"
#include "ui/wizard/WizardWidgets.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace twinha::ui {

MirrorFields::MirrorFields(NoticeLabel* notice, QWidget* page)
    : QObject(page)
    , m_notice(notice)
    , m_pathLabel(new QLabel(page))
    , m_path(new QLineEdit(page))
    , m_pathsDiffer(new QCheckBox(page))
    , m_path1Label(new QLabel(page))
    , m_path1(new QLineEdit(page))
    , m_transportLabel(new QLabel(page))
    , m_transport(new MirrorTransportBox(page))
    , m_portLabel(new QLabel(page))
    , m_port(new QSpinBox(page))
    , m_port1Label(new QLabel(page))
    , m_port1(new QSpinBox(page))
    , m_check(new QPushButton(page))
    , m_checkResult(wrappingLabel(page, "pathCheckResult"))
    , m_checkRow(new QHBoxLayout)
    , m_folders(new FolderCheck(this))
{
    m_path->setObjectName(QStringLiteral("mirrorPath"));
    m_pathLabel->setBuddy(m_path);
    m_pathsDiffer->setObjectName(QStringLiteral("mirrorPathsDiffer"));
    m_path1->setObjectName(QStringLiteral("mirrorPath1"));
    m_path1Label->setBuddy(m_path1);
    m_port->setObjectName(QStringLiteral("mirrorPort"));
    m_portLabel->setBuddy(m_port);
    m_port1->setObjectName(QStringLiteral("mirrorPort1"));
    m_port1Label->setBuddy(m_port1);
    m_check->setObjectName(QStringLiteral("checkPaths"));
    m_path->setPlaceholderText(QStringLiteral("/var/mail"));
    m_path1->setPlaceholderText(QStringLiteral("/srv/mail"));
    m_port->setRange(1, 65535);
    m_port1->setRange(1, 65535);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkRow->addWidget(m_check);
    m_checkRow->addStretch();

    connect(m_transport, &MirrorTransportBox::changed, this, &MirrorFields::updateRows);
    // A result for other folders must not look like one for these.
    connect(m_path, &QLineEdit::textChanged, this, &MirrorFields::forgetCheck);
    connect(m_path1, &QLineEdit::textChanged, this, &MirrorFields::forgetCheck);
    connect(m_pathsDiffer, &QCheckBox::toggled, this, &MirrorFields::forgetCheck);
    connect(m_pathsDiffer, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_path1->text().trimmed().isEmpty())
            m_path1->setText(m_path->text());
        updateRows();
        retranslate();
    });
    connect(m_check, &QPushButton::clicked, this, &MirrorFields::checkRequested);
    connect(m_folders, &FolderCheck::finished, this, &MirrorFields::onChecked);
}

void MirrorFields::addRows(QFormLayout* form)
{
    m_form = form;
    form->addRow(m_pathLabel, m_path);
    form->addRow(QString(), m_pathsDiffer);
    form->addRow(m_path1Label, m_path1);
    form->addRow(m_transportLabel, m_transport);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_port1Label, m_port1);
    form->addRow(m_checkRow);
    form->addRow(m_checkResult);
}

void MirrorFields::setNodes(const std::array<QString, 2>& names, const std::optional<QString>& sharedAddress)
{
    m_names = names;
    m_sharedAddress = sharedAddress;
}

void MirrorFields::setSourceNode(int node)
{
    m_sourceNode = node;
    if (!m_folders->key().isEmpty() && !m_folders->running())
        showCheck(); // the first copy's size is counted on the source
}

void MirrorFields::setShown(bool shown)
{
    m_shown = shown;
    updateRows();
}

void MirrorFields::updateRows()
{
    if (!m_form)
        return;
    for (QWidget* w : {static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_pathsDiffer),
                       static_cast<QWidget*>(m_transport), static_cast<QWidget*>(m_checkResult)})
        m_form->setRowVisible(w, m_shown);
    m_form->setRowVisible(m_checkRow, m_shown);
    m_form->setRowVisible(m_path1, m_shown && m_pathsDiffer->isChecked());
    // Over ssh the copy goes to each node's sshd: no receive port of its own.
    const bool daemon = m_shown && m_transport->transport() == protocol::MirrorTransportKind::Rsync;
    m_form->setRowVisible(m_port, daemon);
    m_form->setRowVisible(m_port1, daemon && m_sharedAddress.has_value());
}

void MirrorFields::retranslate()
{
    const bool differ = m_pathsDiffer->isChecked();
    m_pathLabel->setText(differ ? tr("&Folder on %1:").arg(m_names[0]) : tr("&Folder:"));
    m_path->setAccessibleName(differ ? tr("Folder on %1").arg(m_names[0]) : tr("Folder, the same on both nodes"));
    m_pathsDiffer->setText(tr("&Different folder on %1").arg(m_names[1]));
    m_path1Label->setText(tr("F&older on %1:").arg(m_names[1]));
    m_path1->setAccessibleName(tr("Folder on %1").arg(m_names[1]));
    m_transportLabel->setText(tr("Transport:"));
    m_portLabel->setText(m_sharedAddress ? tr("Receive &port on %1:").arg(m_names[0]) : tr("Receive &port:"));
    m_port1Label->setText(tr("Receive port on %1:").arg(m_names[1]));
    m_port1->setAccessibleName(tr("TCP port on which %1 receives the copy").arg(m_names[1]));
    m_port->setAccessibleName(tr("TCP port on which each node receives the copy"));
    m_port->setToolTip(tr("The standby receives the copy on this TCP port, on the address of its first heartbeat "
                          "link. The same port is used on both nodes."));
    m_check->setText(tr("Check folders"));
    m_check->setAccessibleName(tr("Check the folders on both nodes"));
    if (!m_folders->key().isEmpty() && !m_folders->running())
        showCheck();
}

void MirrorFields::load(const WizardModel& model, const WizardModel::Replication& r)
{
    m_path->setText(r.path[0]);
    m_path1->setText(r.path[1]);
    m_pathsDiffer->setChecked(r.path[0] != r.path[1]);
    const QList<WizardModel::Link>& links = model.links;
    m_transport->setRoute(links.isEmpty() ? model.hosts[0].address : links.first().address[0],
                          links.isEmpty() ? model.hosts[1].address : links.first().address[1], m_names[0], m_names[1],
                          model.hosts[0].port, model.hosts[1].port);
    m_transport->setTransport(model.replications.isEmpty() || r.type != protocol::ReplicationType::Mirror
                                  ? protocol::MirrorTransportKind::Unknown
                                  : r.transport);
    m_port->setValue(r.port[0]);
    m_port1->setValue(r.port[1] == r.port[0] && m_sharedAddress ? r.port[0] + 1 : r.port[1]);
    m_folders->reset(); // replies to an earlier visit are ignored
    m_checkResult->clear();
    m_check->setEnabled(true);
}

void MirrorFields::store(WizardModel::Replication& r) const
{
    r.path = {path(0), path(1)};
    r.port = {m_port->value(), m_sharedAddress ? m_port1->value() : m_port->value()};
    r.transport = m_transport->transport();
}

QString MirrorFields::path(int node) const
{
    return (node == 1 && m_pathsDiffer->isChecked() ? m_path1 : m_path)->text().trimmed();
}

QString MirrorFields::pathsKey() const
{
    return path(0) + QLatin1Char('\n') + path(1);
}

QString MirrorFields::problem(QWidget** field) const
{
    for (int node : {0, 1}) {
        const QString p = path(node);
        *field = node == 1 && m_pathsDiffer->isChecked() ? m_path1 : m_path;
        if (p.isEmpty())
            return tr("Enter the folder to mirror on %1, for example /var/mail.").arg(m_names[size_t(node)]);
        if (!p.startsWith(QLatin1Char('/')))
            return tr("\"%1\" is not an absolute path. Enter the full path of the folder on %2, starting with /.")
                .arg(p, m_names[size_t(node)]);
        // The mirror deletes what the source lacks: a whole system tree must never be its target.
        static const QStringList systemFolders{
            QStringLiteral("/"),     QStringLiteral("/bin"),  QStringLiteral("/boot"),
            QStringLiteral("/etc"),  QStringLiteral("/home"), QStringLiteral("/lib"),
            QStringLiteral("/root"), QStringLiteral("/usr"),  QStringLiteral("/var")};
        if (systemFolders.contains(QDir::cleanPath(p)))
            return tr("%1 is a system folder: mirroring it would delete files on the standby. Choose the folder "
                      "that holds the service's data.")
                .arg(p);
    }
    *field = m_port;
    if (m_transport->transport() == protocol::MirrorTransportKind::Ssh) {
        *field = nullptr;
        return {};
    }
    if (m_port->value() < 1 || m_port->value() > 65535)
        return tr("The receive port must be between 1 and 65535.");
    *field = m_port1;
    if (m_sharedAddress && m_port1->value() == m_port->value())
        return tr("Both nodes use the address %1, so they need different receive ports.").arg(*m_sharedAddress);
    *field = nullptr;
    return {};
}

bool MirrorFields::isFolderField(const QWidget* field) const
{
    return field == m_path || field == m_path1;
}

void MirrorFields::startCheck(WizardSession* session)
{
    m_check->setEnabled(false);
    m_folders->start(session, {path(0), path(1)}, pathsKey()); // finished() may come at once
}

bool MirrorFields::checking() const
{
    return m_folders->running();
}

bool MirrorFields::needsCheck() const
{
    return pathsKey() != m_folders->key() || (!m_folders->running() && !m_fine);
}

void MirrorFields::forgetCheck()
{
    if (m_folders->key().isEmpty() || pathsKey() == m_folders->key())
        return;
    m_checkResult->clear();
    m_folders->reset(); // a check still running was for the old folders
    m_check->setEnabled(true);
    m_notice->clearNotice();
    Q_EMIT foldersChanged();
}

void MirrorFields::onChecked()
{
    m_check->setEnabled(true);
    Q_EMIT checked(showCheck());
}

bool MirrorFields::showCheck()
{
    bool fine = true;
    m_checkResult->setText(m_folders->lines(m_names, m_sourceNode, &fine).join(QLatin1Char('\n')));
    m_fine = fine;
    if (fine)
        m_notice->showNotice(NoticeLabel::Kind::Info, tr("The folders are ready on both nodes."));
    else
        m_notice->showNotice(
            NoticeLabel::Kind::Error,
            tr("The folder must exist on both nodes, and both must answer. Fix what is listed above, then press Next "
               "again."));
    return fine;
}

} // namespace twinha::ui
