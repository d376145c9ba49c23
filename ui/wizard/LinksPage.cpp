#include "ui/wizard/LinksPage.h"

#include "ui/switchover/NoticeLabel.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace twinha::ui {

namespace {

bool validHost(const QString& host)
{
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    return !QHostAddress(host).isNull() || hostName.match(host).hasMatch();
}

void setAddress(QComboBox* box, const QString& address)
{
    const int i = box->findText(address);
    box->setCurrentIndex(i);
    if (i < 0)
        box->setEditText(address);
}

// What a node offers for a heartbeat: every address of its interfaces, loopback last. IPv6
// link-local addresses are left out: an endpoint cannot carry their scope.
QList<QPair<QString, QString>> offeredAddresses(const QJsonObject& facts)
{
    QList<QPair<QString, QString>> normal;
    QList<QPair<QString, QString>> loopback;
    for (const QJsonValue& v : facts.value(QStringLiteral("interfaces")).toArray()) {
        const QJsonObject i = v.toObject();
        const QString name = i.value(QStringLiteral("name")).toString();
        for (const QJsonValue& a : i.value(QStringLiteral("addresses")).toArray()) {
            const QString address = a.toString().section(QLatin1Char('/'), 0, 0);
            if (address.isEmpty() || QHostAddress(address).isLinkLocal())
                continue;
            (i.value(QStringLiteral("loopback")).toBool() ? loopback : normal).append({address, name});
        }
    }
    return normal + loopback;
}

} // namespace

LinksPage::LinksPage(QWidget* parent)
    : WizardPage(parent)
    , m_intro(wrappingLabel(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_intervalLabel(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_deadTimeLabel(new QLabel(this))
    , m_deadTime(new QSpinBox(this))
    , m_detection(wrappingLabel(this))
    , m_advice(wrappingLabel(this))
{
    m_table->setObjectName(QStringLiteral("linksTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* header = m_table->horizontalHeader();
    for (int c : {NameColumn, Address0Column, Address1Column})
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    for (int c : {Port0Column, Port1Column})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_add->setObjectName(QStringLiteral("addLink"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(50, 5000);
    m_interval->setSingleStep(50);
    m_intervalLabel->setBuddy(m_interval);
    m_deadTime->setObjectName(QStringLiteral("deadTime"));
    m_deadTime->setRange(200, 60000);
    m_deadTime->setSingleStep(100);
    m_deadTimeLabel->setBuddy(m_deadTime);
    m_detection->setObjectName(QStringLiteral("detectionTime"));
    m_advice->setObjectName(QStringLiteral("linksAdvice"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* timing = new QFormLayout;
    timing->setRowWrapPolicy(QFormLayout::WrapLongRows);
    timing->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    timing->addRow(m_intervalLabel, m_interval);
    timing->addRow(m_deadTimeLabel, m_deadTime);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_advice);
    layout->addLayout(timing);
    layout->addWidget(m_detection);
    layout->addWidget(notice());

    connect(m_add, &QPushButton::clicked, this, &LinksPage::addLink);
    connect(m_remove, &QPushButton::clicked, this, &LinksPage::removeLink);
    connect(m_interval, &QSpinBox::valueChanged, this, &LinksPage::updateDetectionTime);
    connect(m_deadTime, &QSpinBox::valueChanged, this, &LinksPage::updateDetectionTime);
    // The cells are widgets, so the row being typed in becomes current by hand. The current cell is
    // the focused one itself: the view moves focus to the widget of a new current cell.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        const auto [row, column] = cellOf(now);
        if (row >= 0 && (row != m_table->currentRow() || column != m_table->currentColumn()))
            m_table->setCurrentCell(row, column);
    });
    retranslate();
}

void LinksPage::retranslate()
{
    setTitle(tr("Heartbeat links"));
    setSubTitle(tr("The paths on which the nodes check that the other one is alive."));
    m_intro->setText(tr("Each link is a path between the nodes. On every link each node sends small UDP "
                        "heartbeats from its address and port to the other node's."));
    m_table->setAccessibleName(tr("Heartbeat links"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Address of %1").arg(nodeName(0)),
                                        tr("Port of %1").arg(nodeName(0)), tr("Address of %1").arg(nodeName(1)),
                                        tr("Port of %1").arg(nodeName(1))});
    m_add->setText(tr("Add link"));
    m_remove->setText(tr("Remove link"));
    m_intervalLabel->setText(tr("Heartbeat &interval:"));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setAccessibleName(tr("Heartbeat interval in milliseconds"));
    m_deadTimeLabel->setText(tr("&Dead time:"));
    m_deadTime->setSuffix(tr(" ms"));
    m_deadTime->setAccessibleName(tr("Dead time in milliseconds"));
    m_advice->setText(tr("Two independent links, for example a private cable between the nodes and the public "
                         "network, avoid false failovers: one broken cable or switch then does not look like a "
                         "failed peer."));
    if (setupWizard()) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int node : {0, 1}) {
                QComboBox* box = addressBox(row, node);
                const QString text = box->currentText();
                fillAddresses(box, node);
                setAddress(box, text);
            }
        }
    }
    renumberRows();
    updateDetectionTime();
}

void LinksPage::initializePage()
{
    notice()->clearNotice();
    while (m_table->rowCount() > 0)
        deleteRow(m_table->rowCount() - 1);
    for (const WizardModel::Link& link : std::as_const(model().links))
        addRow(link);
    if (model().links.isEmpty())
        addLink();
    m_interval->setValue(model().intervalMs);
    m_deadTime->setValue(model().deadTimeMs);
    retranslate();
    updateButtons();
}

void LinksPage::cleanupPage()
{
    // Back keeps what was typed; Next validates it before any later page relies on it.
    storeInModel();
    WizardPage::cleanupPage();
}

bool LinksPage::validatePage()
{
    const Problem problem = check(links());
    if (!problem.text.isEmpty())
        return refuse(problem.text, problem.field);
    notice()->clearNotice();
    storeInModel();
    return true;
}

void LinksPage::storeInModel()
{
    model().links = links();
    model().intervalMs = m_interval->value();
    model().deadTimeMs = m_deadTime->value();
}

void LinksPage::fillAddresses(QComboBox* box, int node) const
{
    box->clear();
    for (const auto& [address, interface] : offeredAddresses(session()->facts(node))) {
        box->addItem(address);
        const int i = box->count() - 1;
        box->setItemData(i, tr("%1 (%2)").arg(address, interface), LabelledItemDelegate::kLabelRole);
        box->setItemData(i, tr("On interface %1").arg(interface), Qt::ToolTipRole);
    }
}

void LinksPage::addRow(const WizardModel::Link& link)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCellWidget(row, NameColumn, new QLineEdit(link.name));
    for (int node : {0, 1}) {
        auto* box = new QComboBox;
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setItemDelegate(new LabelledItemDelegate(box));
        fillAddresses(box, node);
        setAddress(box, link.address[size_t(node)]);
        m_table->setCellWidget(row, node == 0 ? Address0Column : Address1Column, box);
        auto* port = new QSpinBox;
        port->setRange(1, 65535);
        port->setValue(link.port[size_t(node)]);
        m_table->setCellWidget(row, node == 0 ? Port0Column : Port1Column, port);
    }
    m_table->resizeRowToContents(row);
}

void LinksPage::addLink()
{
    const QList<WizardModel::Link> existing = links();
    QSet<QString> names;
    std::array<QSet<QString>, 2> used;
    for (const WizardModel::Link& l : existing) {
        names.insert(l.name);
        for (size_t node : {0, 1})
            used[node].insert(l.address[node]);
    }
    WizardModel::Link link;
    for (int n = int(existing.size()) + 1; link.name.isEmpty() || names.contains(link.name); ++n)
        link.name = QStringLiteral("link%1").arg(n);
    // A second link is most useful on another path, so suggest an address not in use yet (and
    // never loopback, which cannot reach the other node).
    for (int node : {0, 1}) {
        for (const auto& offered : offeredAddresses(session()->facts(node))) {
            if (!used[size_t(node)].contains(offered.first) && !QHostAddress(offered.first).isLoopback()) {
                link.address[size_t(node)] = offered.first;
                break;
            }
        }
    }
    addRow(link);
    renumberRows();
    updateButtons();
    nameEdit(m_table->rowCount() - 1)->setFocus();
}

void LinksPage::removeLink()
{
    int row = m_table->currentRow();
    if (row < 0 || row >= m_table->rowCount())
        row = m_table->rowCount() - 1;
    if (row < 0)
        return;
    deleteRow(row);
    renumberRows();
    updateButtons();
}

void LinksPage::deleteRow(int row)
{
    // The view would delete the cell widgets later, and a lookup by name could meet them until then.
    for (int column = 0; column < ColumnCount; ++column)
        delete m_table->cellWidget(row, column);
    m_table->removeRow(row);
}

void LinksPage::renumberRows()
{
    // Stable names per row for tests and screen readers, redone whenever a row goes.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString r = QString::number(row);
        nameEdit(row)->setObjectName(QStringLiteral("linkName") + r);
        nameEdit(row)->setAccessibleName(tr("Name of link %1").arg(row + 1));
        for (int node : {0, 1}) {
            const QString suffix = r + QLatin1Char('_') + QString::number(node);
            addressBox(row, node)->setObjectName(QStringLiteral("linkAddress") + suffix);
            addressBox(row, node)->setAccessibleName(tr("Address of %1 on link %2").arg(nodeName(node)).arg(row + 1));
            portBox(row, node)->setObjectName(QStringLiteral("linkPort") + suffix);
            portBox(row, node)->setAccessibleName(tr("UDP port of %1 on link %2").arg(nodeName(node)).arg(row + 1));
        }
    }
}

void LinksPage::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0);
}

void LinksPage::updateDetectionTime()
{
    const int interval = m_interval->value();
    const int dead = m_deadTime->value();
    const QLocale locale;
    m_detection->setText(tr("A failed peer is noticed after %1 s of silence on every link (%Ln heartbeat(s) missed).",
                            nullptr, dead / interval)
                             .arg(locale.toString(dead / 1000.0, 'g', QLocale::FloatingPointShortest)));
}

std::pair<int, int> LinksPage::cellOf(const QWidget* widget) const
{
    for (const QWidget* w = widget; w && w != m_table; w = w->parentWidget()) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            for (int column = 0; column < ColumnCount; ++column)
                if (m_table->cellWidget(row, column) == w)
                    return {row, column};
    }
    return {-1, -1};
}

QLineEdit* LinksPage::nameEdit(int row) const
{
    return qobject_cast<QLineEdit*>(m_table->cellWidget(row, NameColumn));
}

QComboBox* LinksPage::addressBox(int row, int node) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, node == 0 ? Address0Column : Address1Column));
}

QSpinBox* LinksPage::portBox(int row, int node) const
{
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, node == 0 ? Port0Column : Port1Column));
}

QList<WizardModel::Link> LinksPage::links() const
{
    QList<WizardModel::Link> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        WizardModel::Link l;
        l.name = nameEdit(row)->text().trimmed();
        for (int node : {0, 1}) {
            l.address[size_t(node)] = addressBox(row, node)->currentText().trimmed();
            l.port[size_t(node)] = portBox(row, node)->value();
        }
        out.append(l);
    }
    return out;
}

LinksPage::Problem LinksPage::check(const QList<WizardModel::Link>& links) const
{
    if (links.isEmpty())
        return {tr("Add at least one heartbeat link: without one the nodes cannot hear each other."), m_add};
    QSet<QString> names;
    std::array<QHash<QString, QString>, 2> endpoints; // per node: "host:port" -> the link using it
    for (int row = 0; row < links.size(); ++row) {
        const WizardModel::Link& l = links.at(row);
        if (l.name.isEmpty())
            return {tr("Link %1 has no name. Enter a short name such as \"private\" or \"public\".").arg(row + 1),
                    nameEdit(row)};
        if (!isValidConfigName(l.name))
            return {tr("The link name \"%1\" is not valid. Use up to 63 letters, digits, \"-\" or \"_\", starting "
                       "with a letter or digit.")
                        .arg(l.name),
                    nameEdit(row)};
        if (names.contains(l.name))
            return {tr("Two links are called \"%1\". Give each link a name of its own.").arg(l.name), nameEdit(row)};
        names.insert(l.name);
        for (int node : {0, 1}) {
            const QString& address = l.address[size_t(node)];
            const int port = l.port[size_t(node)];
            if (address.isEmpty())
                return {tr("Enter the address of %1 on link \"%2\": pick one of its addresses or type one.")
                            .arg(nodeName(node), l.name),
                        addressBox(row, node)};
            if (!validHost(address))
                return {tr("\"%1\" is not an IP address or host name. Enter the address of %2 on link \"%3\" "
                           "without a /prefix.")
                            .arg(address, nodeName(node), l.name),
                        addressBox(row, node)};
            if (port < 1 || port > 65535)
                return {tr("The port of %1 on link \"%2\" must be between 1 and 65535.").arg(nodeName(node), l.name),
                        portBox(row, node)};
            const QString endpoint = WizardModel::endpoint(address, port);
            if (const QString other = endpoints[size_t(node)].value(endpoint); !other.isEmpty())
                return {tr("Links \"%1\" and \"%2\" both use %3 on %4. Give each link its own address or port.")
                            .arg(other, l.name, endpoint, nodeName(node)),
                        portBox(row, node)};
            endpoints[size_t(node)].insert(endpoint, l.name);
        }
        if (l.address[0].compare(l.address[1], Qt::CaseInsensitive) == 0 && l.port[0] == l.port[1])
            return {tr("On link \"%1\" both nodes use %2. Enter each node's own address on this path, or give them "
                       "different ports.")
                        .arg(l.name, WizardModel::endpoint(l.address[0], l.port[0])),
                    addressBox(row, 1)};
    }
    const int interval = m_interval->value();
    if (m_deadTime->value() < 3 * interval)
        return {tr("The dead time must be at least three times the heartbeat interval, here %1 ms or more, so that a "
                   "few lost heartbeats do not look like a failed peer.")
                    .arg(QLocale().toString(3 * interval)),
                m_deadTime};
    return {};
}

} // namespace twinha::ui
