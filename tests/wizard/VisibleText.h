// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

/** The text a user reads on screen, gathered widget by widget, for the translation checks. */
namespace VisibleText {

struct Item
{
    QString path; ///< where: object names (or class names) from the top widget down, with sibling index
    QString text; ///< plain text, mnemonics (&) removed
};

/**
 * Every visible text under @p top: labels (rich text as plain), buttons, group titles, tab
 * titles (of every tab, shown one after the other), combo and list items, table and tree cells
 * and headers, placeholders, text browsers, and the legend and axis titles of charts.
 * @p prefix starts each path (the page's name).
 */
QList<Item> collect(QWidget* top, const QString& prefix);

} // namespace VisibleText
