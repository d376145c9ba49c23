#pragma once

#include <QTranslator>

// Translates every string into "⟦source⟧", so a test can tell re-translated texts from stale
// ones without depending on what the .ts files hold today.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }

    static bool isPseudo(const QString& text) { return text.startsWith(QStringLiteral("⟦")); }
};
