#pragma once

#include "ui/wizard/LineDiff.h"

#include <QPlainTextEdit>

namespace twinha::ui {

// The Review page's "Changes": the current file against the new one, line by line, removed lines
// on red with "-", added ones on green with "+", and three unchanged lines around each change
// (the rest folded into one line that says how many).
class ConfigDiffView : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kContext = 3;

    explicit ConfigDiffView(QWidget* parent = nullptr);

    void showDiff(const QString& before, const QString& after);
    int added() const { return m_added; }
    int removed() const { return m_removed; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QList<LineDiff::Line> m_lines;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace twinha::ui
