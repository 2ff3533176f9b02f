// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * The firewall owner's question, "is it safe to stop blocking IP fragments, and what if we
 * can't?", answered statement by statement, each with its sources. The statements and sources
 * come from docs/security-fragments.md (the research note is their one home; nothing here goes
 * beyond it). Shown on the wizard's resolution page and in the report, both from html().
 */
class SecurityAnswers
{
public:
    /** One citation: what it is, and where to read it (empty when the note gives no address). */
    struct Source
    {
        QString label;
        QString url;
    };

    /**
     * The answer as HTML: a heading at @p headingLevel, three sections of statements with
     * numbered citations linked to the list of sources at the end. English when
     * @p translated is false (the report's English mode), else in the installed language.
     */
    static QString html(int headingLevel, bool translated);
    /** The title of the answer, translated. */
    static QString title(bool translated);

    /** Every source's label, in the order of the list (translated, or English). */
    static QStringList sourceLabels(bool translated);

    /** For tests: every statement's text (English) and the sources it cites. */
    static int statementCount();
    static QString statementText(int index);
    static QList<Source> statementSources(int index);
};
