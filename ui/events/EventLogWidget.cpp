#include "ui/events/EventLogWidget.h"

#include "ui/events/EventCsvWriter.h"
#include "ui/events/EventFilterProxy.h"
#include "ui/events/EventTableModel.h"
#include "ui/events/EventText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace twinha::ui {

namespace {
constexpr EventCategory kCategories[] = {EventCategory::All, EventCategory::Operations, EventCategory::Roles,
                                         EventCategory::Links, EventCategory::Problems};
}

EventLogWidget::EventLogWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new EventTableModel(this))
    , m_proxy(new EventFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("eventFilter"));
    m_filter->setClearButtonEnabled(true);
    // A few characters of room always, however narrow the panel (measured in the font, not pixels).
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 16);
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("eventNode"));
    // Node names can be long; the closed combo elides them, the list shows them whole.
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_node->setMinimumContentsLength(12);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("eventCategory"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_operatorOnly = new QCheckBox(this);
    m_operatorOnly->setObjectName(QStringLiteral("eventOperatorOnly"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("eventExport"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("eventTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::TimeColumn, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eventMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_node);
    filters->addWidget(m_category);
    filters->addWidget(m_operatorOnly);
    // The export acts on the table, and below it the filter row stays short enough for CJK labels.
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_message, 1);
    footer->addWidget(m_export, 0, Qt::AlignRight | Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    m_node->addItem(QString(), QString());
    fillCategories();
    retranslate();

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EventFilterProxy::setFilterText);
    connect(m_node, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setNodeFilter(m_node->currentData().toString()); });
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(EventCategory(m_category->currentData().toInt())); });
    connect(m_operatorOnly, &QCheckBox::toggled, m_proxy, &EventFilterProxy::setOperatorOnly);
    connect(m_export, &QPushButton::clicked, this, &EventLogWidget::chooseExportFile);
    connect(m_model, &EventTableModel::nodeAdded, this, &EventLogWidget::addNode);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting)
            m_userSized.insert(column);
    });
}

void EventLogWidget::addEntries(const QString& node, const QJsonArray& entries)
{
    m_model->addEntries(node, entries);
    fitColumns();
}

void EventLogWidget::fitColumns()
{
    // Grow the short columns to what they show (never shrink: no jumping while events stream
    // in), except those the user has sized by hand. The summary takes the rest.
    m_fitting = true;
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < EventTableModel::SummaryColumn; ++column) {
        if (m_userSized.contains(column))
            continue;
        const int wanted = std::max(static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(column),
                                    header->sectionSizeHint(column));
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
    m_fitting = false;
}

void EventLogWidget::clear()
{
    m_model->clear();
    m_message->hide();
}

void EventLogWidget::addNode(const QString& node)
{
    m_node->addItem(node, node);
}

void EventLogWidget::fillCategories()
{
    for (EventCategory c : kCategories)
        m_category->addItem(QString(), int(c));
}

void EventLogWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventLogWidget::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter events…"));
    m_filter->setAccessibleName(tr("Filter events"));
    m_filter->setToolTip(tr("Shows only events whose time, node, type, actor or summary contains this text"));
    m_node->setItemText(0, tr("All nodes"));
    m_node->setAccessibleName(tr("Node"));
    for (int i = 0; i < m_category->count(); ++i)
        m_category->setItemText(i, EventText::categoryLabel(EventCategory(m_category->itemData(i).toInt())));
    m_category->setAccessibleName(tr("Event category"));
    m_operatorOnly->setText(tr("&Operator actions only"));
    m_operatorOnly->setToolTip(tr("Shows only what people did, not what the agents did by themselves"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Saves the events shown, as filtered and sorted, to a CSV file"));
    m_view->setAccessibleName(tr("Events of both nodes"));
    m_model->retranslate();
    // Other words, other widths: fit again from scratch, but leave the user's own sizes alone.
    m_fitting = true;
    for (int column = 0; column < EventTableModel::SummaryColumn; ++column)
        if (!m_userSized.contains(column))
            m_view->horizontalHeader()->resizeSection(column, 0);
    m_fitting = false;
    fitColumns();
}

void EventLogWidget::chooseExportFile()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("twinha-events-%1.csv")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export events"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsv(path);
}

bool EventLogWidget::exportCsv(const QString& path, QString* error)
{
    QString why;
    const QList<QStringList> rows = EventCsvWriter::rowsFromModel(*m_proxy);
    if (!EventCsvWriter::write(path, rows, &why)) {
        showMessage(tr("The events were not exported. %1").arg(why), true);
        if (error)
            *error = why;
        return false;
    }
    // No plural forms: the English .ts carries no numerus translations.
    showMessage(tr("Exported the events shown (%1) to %2.").arg(rows.size() - 1).arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void EventLogWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
    m_message->show();
}

} // namespace twinha::ui
