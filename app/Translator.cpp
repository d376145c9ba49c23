#include "app/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace twinha::app {

namespace {
QTranslator* s_app = nullptr;
QTranslator* s_qt = nullptr;
} // namespace

QStringList Translator::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("zh_CN")};
}

QString Translator::resolve(const QString& language)
{
    if (supportedLanguages().contains(language))
        return language;
    const QLocale locale =
        (language.isEmpty() || language == QLatin1String("system")) ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    if (locale.language() == QLocale::Japanese)
        return QStringLiteral("ja");
    return QStringLiteral("en");
}

QString Translator::install(const QString& language)
{
    const QString lang = resolve(language);
    for (QTranslator** t : {&s_app, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    s_app = new QTranslator;
    if (s_app->load(QStringLiteral(":/i18n/twinha_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(s_app);
    s_qt = new QTranslator;
    if (s_qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));
    return lang;
}

} // namespace twinha::app
