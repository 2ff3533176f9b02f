// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

/**
 * Chains the Tab stops of @p parts in this order (reading order, where creation order differs:
 * members created before the layout that places them, a view rebuilt later). A part that takes
 * no focus itself gives its focusable descendants, in the order they already have among
 * themselves. TestAccessibility checks the result against the geometry of every page.
 */
void chainTabStops(const QList<QWidget*>& parts);
