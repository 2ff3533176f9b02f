// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/**
 * Installs the user-interface language: frag792's own catalogue (built into the binary
 * under :/i18n) and Qt's (qtbase_*, for standard buttons and dialogs). The system locale
 * decides unless @p language (--lang, e.g. "pt_BR") overrides it. English loads a catalogue
 * too: it holds only the plural forms ("1 IKE message", "2 IKE messages").
 */
class WizardTranslator
{
public:
    /** Returns the locale in use; also made the default QLocale so numbers match the text. */
    static QLocale install(QCoreApplication* app, const QString& language = QString());
    /** The languages with a catalogue, as locale names ("de", "pt_BR", ...), plus "en". */
    static QStringList availableLanguages();
};
