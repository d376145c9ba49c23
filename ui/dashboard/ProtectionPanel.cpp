#include "ui/dashboard/ProtectionPanel.h"

#include "agentlink/ProtectionText.h"
#include "ui/dashboard/FactAge.h"
#include "ui/dashboard/HealthBadge.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace twinha::ui {

using agentlink::ProtectionText;

ProtectionPanel::ProtectionPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("protectionPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_level = new QLabel(this);
    m_level->setObjectName(QStringLiteral("protectionLevel"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("protectionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_level, 0, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addWidget(m_detail, 1);
    render();
}

void ProtectionPanel::setProtection(const agentlink::ProtectionView& protection)
{
    m_protection = protection;
    render();
}

QString ProtectionPanel::levelText() const
{
    return m_level->text();
}

void ProtectionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

void ProtectionPanel::render()
{
    m_plain.clear();
    m_warns = false;
    m_alerts = false;
    if (!m_protection.known()) { // an older agent: show nothing rather than a guess
        m_level->clear();
        m_detail->clear();
        hide();
        return;
    }
    const QString warning = healthColor(agentlink::ClusterHealth::Degraded).name();
    const QString alert = healthColor(agentlink::ClusterHealth::SplitBrain).name();
    QStringList warnings;
    QStringList facts; // the witness, its leases and the fence devices: one flowing line
    for (const ProtectionText::Line& line : ProtectionText::lines(m_protection)) {
        m_plain << line.text;
        if (line.warning || line.alert)
            warnings << QStringLiteral("<div style=\"color:%1\">%2 %3</div>")
                            .arg(line.alert ? alert : warning, line.alert ? QStringLiteral("⛔") : QStringLiteral("⚠"),
                                 line.text.toHtmlEscaped());
        else
            facts << line.text.toHtmlEscaped();
        m_warns = m_warns || line.warning || line.alert;
        m_alerts = m_alerts || line.alert;
    }
    QString html = warnings.join(QString());
    if (!facts.isEmpty())
        html += QStringLiteral("<div>%1</div>").arg(facts.join(QLatin1Char(' ')));
    // A node the console does not hear: its level and its fence device are its last word.
    const QDateTime now = QDateTime::currentDateTime();
    for (const agentlink::FactSource& s : m_protection.sources) {
        if (s.live || !s.known())
            continue;
        const QString line = tr("What %1 says here is its last word: %2.").arg(s.node, FactAge::silentSince(s, now));
        m_plain << line;
        html +=
            QStringLiteral("<div style=\"color:%1\">%2</div>").arg(FactAge::staleColor().name(), line.toHtmlEscaped());
    }
    m_level->setText(ProtectionText::headline(m_protection));
    m_level->setStyleSheet(
        m_warns ? QStringLiteral("QLabel { font-weight: bold; color: %1; }").arg(m_alerts ? alert : warning)
                : QStringLiteral("QLabel { font-weight: bold; }"));
    m_detail->setText(html);
    const QString explanation = ProtectionText::explanation(m_protection.level);
    m_level->setToolTip(explanation);
    m_detail->setToolTip(explanation);
    m_level->setAccessibleDescription(m_plain.join(QLatin1Char(' ')));
    show();
}

} // namespace twinha::ui
