// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

/**
 * What a screen-reader or keyboard-only user meets, checked the way they meet it: through the
 * QAccessible tree (names) and real Tab presses (focus order). Each function returns one
 * readable line per problem, empty when there is none, so a failing test says what to fix.
 */
namespace AccessibilityAudit {

/**
 * Interactive controls in the QAccessible tree under @p root (buttons, check boxes, radio
 * buttons, combo boxes, text fields, lists, trees, tables, tabs, items, headers) whose
 * QAccessible::Name is empty, or is only their value (a combo box named by its current text).
 * Hidden controls are skipped: call it in each state that shows them.
 */
QStringList unnamedControls(QWidget* root);

/**
 * Presses Tab from the control that comes first in reading order, through every control in
 * @p scope (a window, or an overlay dialog that keeps focus inside itself). Reports a step that
 * goes back in reading order (up, or left within a row; a step up into a column further right
 * starts the next column and is fine), a Tab that does not move, a Tab that leaves @p scope, and
 * a control Tab never reaches. @p visited receives the stops, for messages.
 */
QStringList focusOrderProblems(QWidget* scope, QStringList* visited = nullptr);

/** "QComboBox 'vantageCombo'": how problems name a widget. */
QString describe(const QWidget* widget);

} // namespace AccessibilityAudit
