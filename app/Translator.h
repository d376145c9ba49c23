#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace twinha::app {

// Installs TwinHA's own and Qt's translations for one language, replacing those installed
// before, so the language can change at run time. Unknown languages fall back to English.
class Translator
{
public:
    static QStringList supportedLanguages(); // "en", "ja", "zh_CN"
    // "" or "system" follows the system locale. Returns the language actually installed.
    static QString install(const QString& language);
    static QString resolve(const QString& language);
};

} // namespace twinha::app
