#pragma once

#include "agentlink/ProtectionView.h"

#include <QFrame>
#include <QStringList>

class QLabel;

namespace twinha::ui {

// The protection line under the diagnosis: the level in plain words ("Protection: Witness"), then
// what it cannot guard against (the ping-only warning, in the warning colour), whether the
// witness answers, who holds each group's lease, and the fence devices: a failed fence in the error
// colour, one under way or done in the warning colour. Hidden while the agents don't say.
class ProtectionPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ProtectionPanel(QWidget* parent = nullptr);

    void setProtection(const agentlink::ProtectionView& protection);
    QString levelText() const;
    // The sentences after the level, one per line, as plain text (tests, accessibility).
    QString detailText() const { return m_plain.join(QLatin1Char('\n')); }
    bool warns() const { return m_warns; }
    bool alerts() const { return m_alerts; } // a fence failed: shown in the error colour

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    agentlink::ProtectionView m_protection;
    QLabel* m_level = nullptr;
    QLabel* m_detail = nullptr;
    QStringList m_plain;
    bool m_warns = false;
    bool m_alerts = false;
};

} // namespace twinha::ui
