#include "ui/WelcomePage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twinha::ui {

namespace {
QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = wrappingLabel(QStringLiteral("welcomeIntro"), this);

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("welcomeNewCluster"));
    m_new->setDefault(true);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newClusterRequested);
    m_newHint = wrappingLabel(QStringLiteral("welcomeNewHint"), this);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("welcomeOpenProfile"));
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openProfileRequested);
    m_openHint = wrappingLabel(QStringLiteral("welcomeOpenHint"), this);

    m_demoTitle = new QLabel(this);
    QFont bold = m_demoTitle->font();
    bold.setBold(true);
    m_demoTitle->setFont(bold);
    m_demo = wrappingLabel(QStringLiteral("welcomeDemo"), this);
    m_demo->setTextFormat(Qt::RichText);

    auto* actions = new QGridLayout;
    actions->setHorizontalSpacing(16);
    actions->setVerticalSpacing(12);
    actions->addWidget(m_new, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    actions->addWidget(m_newHint, 0, 1);
    actions->addWidget(m_open, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    actions->addWidget(m_openHint, 1, 1);
    actions->setColumnStretch(1, 1);

    // A readable column in the middle of a wide window rather than lines across the whole screen.
    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(8);
    column->addWidget(m_intro);
    column->addSpacing(16);
    column->addLayout(actions);
    column->addSpacing(24);
    column->addWidget(m_demoTitle);
    column->addWidget(m_demo);
    auto* centre = new QWidget(this);
    centre->setLayout(column);
    const int ch = centre->fontMetrics().averageCharWidth();
    centre->setMinimumWidth(ch * 50);
    centre->setMaximumWidth(ch * 90);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centre, 10); // takes the width up to its maximum; the margins share the rest
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    retranslate();
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to TwinHA"));
    m_intro->setText(tr("The console watches pairs of servers in hot standby: which node is active, the heartbeat "
                        "between them and the replication lag, and it switches the service over with one click. "
                        "It reaches the TwinHA agent on each server over SSH."));
    // The same words as File ▸ New cluster…, and the same translation.
    m_new->setText(QCoreApplication::translate("twinha::ui::MainWindow", "&New cluster…"));
    m_newHint->setText(tr("Set up a pair step by step: both servers and their SSH logins, the mode, the heartbeat "
                          "links, the resources and the replication. The agents get their configuration from it."));
    m_open->setText(tr("&Open profile…"));
    m_openHint->setText(tr("Watch a pair that is set up already, from its cluster profile (a .json file that the "
                           "setup wizard saved)."));
    m_demoTitle->setText(tr("Try it without servers"));
    m_demo->setText(
        tr("In the TwinHA source folder, run <nobr><code>./quickstart.sh demo</code></nobr>. It starts two nodes on "
           "this computer (127.0.0.1, each with its own sshd and agent) and opens the console on "
           "them; the demo stops when that console closes."));
    setAccessibleName(tr("Welcome"));
}

} // namespace twinha::ui
