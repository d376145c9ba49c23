#include "ui/wizard/LinksTable.h"

#include "ui/wizard/WizardSession.h"
#include "ui/wizard/WizardWidgets.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonArray>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>

namespace twinha::ui {

namespace {

bool validHost(const QString& host)
{
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    return !QHostAddress(host).isNull() || hostName.match(host).hasMatch();
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

LinksTable::LinksTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("linksTable"));
    setColumnCount(ColumnCount);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* header = horizontalHeader();
    for (int c : {NameColumn, Address0Column, Address1Column})
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    for (int c : {Port0Column, Port1Column})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The cells are widgets, so the row being typed in becomes current by hand. The current cell is
    // the focused one itself: the view moves focus to the widget of a new current cell.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        const auto [row, column] = cellOf(now);
        if (row >= 0 && (row != currentRow() || column != currentColumn()))
            setCurrentCell(row, column);
    });
}

void LinksTable::setNodes(WizardSession* session, const std::array<QString, 2>& names)
{
    m_session = session;
    m_names = names;
}

QJsonObject LinksTable::facts(int node) const
{
    return m_session ? m_session->facts(node) : QJsonObject();
}

void LinksTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Name"), tr("Address of %1").arg(m_names[0]), tr("Port of %1").arg(m_names[0]),
                               tr("Address of %1").arg(m_names[1]), tr("Port of %1").arg(m_names[1])});
    if (m_session) {
        for (int row = 0; row < rowCount(); ++row) {
            for (int node : {0, 1}) {
                QComboBox* box = addressBox(row, node);
                const QString text = box->currentText();
                fillAddresses(box, node);
                setComboText(box, text);
            }
        }
    }
    renumberRows();
}

void LinksTable::fillAddresses(QComboBox* box, int node) const
{
    box->clear();
    for (const auto& [address, interface] : offeredAddresses(facts(node))) {
        box->addItem(address);
        const int i = box->count() - 1;
        box->setItemData(i, tr("%1 (%2)").arg(address, interface), LabelledItemDelegate::kLabelRole);
        box->setItemData(i, tr("On interface %1").arg(interface), Qt::ToolTipRole);
    }
}

void LinksTable::setLinks(const QList<WizardModel::Link>& links)
{
    while (rowCount() > 0)
        deleteRow(rowCount() - 1);
    for (const WizardModel::Link& link : links)
        addRow(link);
}

void LinksTable::addRow(const WizardModel::Link& link)
{
    const int row = rowCount();
    insertRow(row);
    setCellWidget(row, NameColumn, new QLineEdit(link.name));
    for (int node : {0, 1}) {
        auto* box = new QComboBox;
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setItemDelegate(new LabelledItemDelegate(box));
        fillAddresses(box, node);
        setComboText(box, link.address[size_t(node)]);
        setCellWidget(row, node == 0 ? Address0Column : Address1Column, box);
        auto* port = new QSpinBox;
        port->setRange(1, 65535);
        port->setValue(link.port[size_t(node)]);
        setCellWidget(row, node == 0 ? Port0Column : Port1Column, port);
    }
    resizeRowToContents(row);
}

void LinksTable::addLink()
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
        for (const auto& offered : offeredAddresses(facts(node))) {
            if (!used[size_t(node)].contains(offered.first) && !QHostAddress(offered.first).isLoopback()) {
                link.address[size_t(node)] = offered.first;
                break;
            }
        }
    }
    addRow(link);
    renumberRows();
    nameEdit(rowCount() - 1)->setFocus();
}

void LinksTable::removeLink()
{
    int row = currentRow();
    if (row < 0 || row >= rowCount())
        row = rowCount() - 1;
    if (row < 0)
        return;
    deleteRow(row);
    renumberRows();
}

void LinksTable::deleteRow(int row)
{
    // The view would delete the cell widgets later, and a lookup by name could meet them until then.
    for (int column = 0; column < ColumnCount; ++column)
        delete cellWidget(row, column);
    removeRow(row);
}

void LinksTable::renumberRows()
{
    // Stable names per row for tests and screen readers, redone whenever a row goes.
    for (int row = 0; row < rowCount(); ++row) {
        const QString r = QString::number(row);
        nameEdit(row)->setObjectName(QStringLiteral("linkName") + r);
        nameEdit(row)->setAccessibleName(tr("Name of link %1").arg(row + 1));
        for (int node : {0, 1}) {
            const QString suffix = r + QLatin1Char('_') + QString::number(node);
            const QString& name = m_names[size_t(node)];
            addressBox(row, node)->setObjectName(QStringLiteral("linkAddress") + suffix);
            addressBox(row, node)->setAccessibleName(tr("Address of %1 on link %2").arg(name).arg(row + 1));
            portBox(row, node)->setObjectName(QStringLiteral("linkPort") + suffix);
            portBox(row, node)->setAccessibleName(tr("UDP port of %1 on link %2").arg(name).arg(row + 1));
        }
    }
}

std::pair<int, int> LinksTable::cellOf(const QWidget* widget) const
{
    for (const QWidget* w = widget; w && w != this; w = w->parentWidget()) {
        for (int row = 0; row < rowCount(); ++row)
            for (int column = 0; column < ColumnCount; ++column)
                if (cellWidget(row, column) == w)
                    return {row, column};
    }
    return {-1, -1};
}

QLineEdit* LinksTable::nameEdit(int row) const
{
    return qobject_cast<QLineEdit*>(cellWidget(row, NameColumn));
}

QComboBox* LinksTable::addressBox(int row, int node) const
{
    return qobject_cast<QComboBox*>(cellWidget(row, node == 0 ? Address0Column : Address1Column));
}

QSpinBox* LinksTable::portBox(int row, int node) const
{
    return qobject_cast<QSpinBox*>(cellWidget(row, node == 0 ? Port0Column : Port1Column));
}

QList<WizardModel::Link> LinksTable::links() const
{
    QList<WizardModel::Link> out;
    for (int row = 0; row < rowCount(); ++row) {
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

QString LinksTable::problem(QWidget** field) const
{
    const QList<WizardModel::Link> rows = links();
    QSet<QString> names;
    std::array<QHash<QString, QString>, 2> endpoints; // per node: "host:port" -> the link using it
    for (int row = 0; row < rows.size(); ++row) {
        const WizardModel::Link& l = rows.at(row);
        *field = nameEdit(row);
        if (l.name.isEmpty())
            return tr("Link %1 has no name. Enter a short name such as \"private\" or \"public\".").arg(row + 1);
        if (!isValidConfigName(l.name))
            return tr("The link name \"%1\" is not valid. Use up to 63 letters, digits, \"-\" or \"_\", starting "
                      "with a letter or digit.")
                .arg(l.name);
        if (names.contains(l.name))
            return tr("Two links are called \"%1\". Give each link a name of its own.").arg(l.name);
        names.insert(l.name);
        for (int node : {0, 1}) {
            const QString& address = l.address[size_t(node)];
            const int port = l.port[size_t(node)];
            const QString& name = m_names[size_t(node)];
            *field = addressBox(row, node);
            if (address.isEmpty())
                return tr("Enter the address of %1 on link \"%2\": pick one of its addresses or type one.")
                    .arg(name, l.name);
            if (!validHost(address))
                return tr("\"%1\" is not an IP address or host name. Enter the address of %2 on link \"%3\" "
                          "without a /prefix.")
                    .arg(address, name, l.name);
            *field = portBox(row, node);
            if (port < 1 || port > 65535)
                return tr("The port of %1 on link \"%2\" must be between 1 and 65535.").arg(name, l.name);
            const QString endpoint = WizardModel::endpoint(address, port);
            if (const QString other = endpoints[size_t(node)].value(endpoint); !other.isEmpty())
                return tr("Links \"%1\" and \"%2\" both use %3 on %4. Give each link its own address or port.")
                    .arg(other, l.name, endpoint, name);
            endpoints[size_t(node)].insert(endpoint, l.name);
        }
        *field = addressBox(row, 1);
        if (l.address[0].compare(l.address[1], Qt::CaseInsensitive) == 0 && l.port[0] == l.port[1])
            return tr("On link \"%1\" both nodes use %2. Enter each node's own address on this path, or give them "
                      "different ports.")
                .arg(l.name, WizardModel::endpoint(l.address[0], l.port[0]));
    }
    *field = nullptr;
    return {};
}

} // namespace twinha::ui
