#include "ui/log/AppLogWidget.h"

#include "ui/log/AppLogFilterProxy.h"
#include "ui/log/AppLogModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace twinha::ui {

namespace {
constexpr AppLogLevel kLevels[] = {AppLogLevel::Debug, AppLogLevel::Info, AppLogLevel::Warning, AppLogLevel::Error};
}

AppLogWidget::AppLogWidget(AppLogModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model ? model : new AppLogModel(this))
    , m_proxy(new AppLogFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_levelLabel = new QLabel(this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (AppLogLevel level : kLevels)
        m_level->addItem(QString(), int(level));
    m_levelLabel->setBuddy(m_level);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setClearButtonEnabled(true);
    // A few characters of room always, however narrow the panel (measured in the font, not pixels).
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 16);
    m_autoScroll = new QCheckBox(this);
    m_autoScroll->setObjectName(QStringLiteral("logAutoScroll"));
    m_autoScroll->setChecked(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("logFilePath"));
    m_file->setReadOnly(true);
    m_file->setMinimumWidth(m_file->fontMetrics().averageCharWidth() * 16);
    m_fileLabel->setBuddy(m_file);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("logOpenFile"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("logMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_levelLabel);
    top->addWidget(m_level);
    top->addWidget(m_filter, 1);
    top->addWidget(m_autoScroll);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_fileLabel);
    bottom->addWidget(m_file, 1);
    bottom->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_message);

    m_level->setCurrentIndex(m_level->findData(int(AppLogLevel::Info)));
    m_proxy->setMinimumLevel(AppLogLevel::Info);
    retranslate();
    setLogFilePath(QString());

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumLevel(AppLogLevel(m_level->currentData().toInt())); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AppLogFilterProxy::setFilterText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AppLogWidget::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AppLogWidget::onRowsInserted);
    connect(m_autoScroll, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    connect(m_open, &QPushButton::clicked, this, &AppLogWidget::openLogFile);
    onRowsInserted(); // a shared model may already hold lines
}

void AppLogWidget::setLogFilePath(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_file->setCursorPosition(0);
    m_open->setEnabled(!path.isEmpty());
    m_message->hide();
}

QString AppLogWidget::logFilePath() const
{
    return QDir::fromNativeSeparators(m_file->text());
}

bool AppLogWidget::autoScroll() const
{
    return m_autoScroll->isChecked();
}

bool AppLogWidget::openLogFile()
{
    const QString path = logFilePath();
    if (!QFileInfo::exists(path)) {
        showMessage(tr("The log file %1 does not exist yet: nothing has been written to it.")
                        .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        showMessage(tr("No program is set up to open %1. Copy the path from the field above.")
                        .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_message->hide();
    return true;
}

void AppLogWidget::onRowsInserted()
{
    if (!m_sized && m_proxy->rowCount() > 0) {
        m_sized = true;
        for (int column = 0; column < AppLogModel::MessageColumn; ++column)
            m_view->resizeColumnToContents(column);
    }
    if (m_autoScroll->isChecked())
        m_view->scrollToBottom();
}

void AppLogWidget::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

void AppLogWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AppLogWidget::retranslate()
{
    m_levelLabel->setText(tr("&Level:"));
    const QStringList levels{tr("Debug and above"), tr("Info and above"), tr("Warnings and errors"), tr("Errors only")};
    for (int i = 0; i < m_level->count(); ++i)
        m_level->setItemText(i, levels.at(i));
    m_level->setAccessibleName(tr("Lowest level shown"));
    m_filter->setPlaceholderText(tr("Filter messages…"));
    m_filter->setAccessibleName(tr("Filter messages"));
    m_autoScroll->setText(tr("Auto-&scroll"));
    m_autoScroll->setToolTip(tr("Keeps the newest line in view"));
    m_view->setAccessibleName(tr("Console log"));
    m_fileLabel->setText(tr("Log &file:"));
    m_file->setAccessibleName(tr("Log file path"));
    m_file->setPlaceholderText(tr("No log file: the console could not create one"));
    m_open->setText(tr("&Open log file"));
    m_open->setToolTip(tr("Opens the rotating log file with the desktop's text viewer"));
    m_model->retranslate();
    if (m_sized) // level names and headers change width with the language
        for (int column = 0; column < AppLogModel::MessageColumn; ++column)
            m_view->resizeColumnToContents(column);
}

} // namespace twinha::ui
