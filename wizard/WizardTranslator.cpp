// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

QLocale WizardTranslator::install(QCoreApplication* app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // QTranslator::load(QLocale, ...) walks the UI languages (pt_BR, then pt); English
    // finds no file and keeps the source texts.
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("frag792"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

QStringList WizardTranslator::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("frag792_*.qm")})) {
        const QString language = file.mid(8, file.size() - 8 - 3);
        if (!languages.contains(language)) // English has a catalogue too, for its plurals
            languages << language;
    }
    return languages;
}
