#include "ui/switchover/PreCheckList.h"

#include "agentlink/ErrorText.h"
#include "ui/switchover/SwitchoverText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace twinha::ui {

PreCheckList::PreCheckList(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
}

void PreCheckList::setChecks(const QList<SwitchoverPlan::Check>& checks)
{
    m_checks = checks;
    rebuild();
}

void PreCheckList::rebuild()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    int row = 0;
    for (const SwitchoverPlan::Check& c : std::as_const(m_checks)) {
        const QString name = SwitchoverText::checkName(c);
        auto* mark = new QLabel(c.ok() ? QStringLiteral("✓") : QStringLiteral("✗"), this);
        mark->setObjectName(c.ok() ? QStringLiteral("checkPassed") : QStringLiteral("checkBlocked"));
        mark->setStyleSheet(c.ok() ? QStringLiteral("QLabel { color: #2e7d32; font-weight: bold; }")
                                   : QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        mark->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        mark->setAccessibleName(c.ok() ? tr("Passed") : tr("Blocked"));
        auto* text = new QLabel(this);
        text->setObjectName(QStringLiteral("check:") + c.name);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setFocusPolicy(Qt::TabFocus);
        if (c.ok()) {
            text->setTextFormat(Qt::PlainText);
            text->setText(name);
            text->setAccessibleName(tr("Passed: %1").arg(name));
        } else {
            const QString reason = agentlink::ErrorText::describe(c.reason);
            text->setTextFormat(Qt::RichText);
            text->setText(QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), reason.toHtmlEscaped()));
            text->setAccessibleName(tr("Blocked: %1").arg(name));
            text->setAccessibleDescription(reason);
        }
        m_grid->addWidget(mark, row, 0);
        m_grid->addWidget(text, row, 1);
        m_labels << mark << text;
        ++row;
    }
}

void PreCheckList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace twinha::ui
