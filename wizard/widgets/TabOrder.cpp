// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabOrder.h"

#include <QWidget>

void chainTabStops(const QList<QWidget*>& parts)
{
    QList<QWidget*> stops;
    for (QWidget* part : parts) {
        if ((part->focusPolicy() & Qt::TabFocus) && !part->focusProxy()) {
            stops << part;
            continue;
        }
        for (QWidget* w = part->nextInFocusChain(); w != part; w = w->nextInFocusChain())
            if (part->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
                !stops.contains(w))
                stops << w;
    }
    // Tab also stops at a widget whose focus proxy is a stop (a QTabWidget for its tab bar)
    // and then focuses the proxy; it must sit just before that stop, or Tab jumps back to it.
    QList<QWidget*> chain;
    for (QWidget* stop : stops) {
        for (QWidget* a = stop->parentWidget(); a && !a->isWindow(); a = a->parentWidget())
            if (a->focusProxy() == stop)
                chain << a;
        chain << stop;
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}
