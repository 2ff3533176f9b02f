// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibilityAudit.h"

#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QMetaEnum>
#include <QRadioButton>
#include <QSet>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace AccessibilityAudit {

namespace {

// Roles a user operates. Scroll bars are left out: every item view has two, Qt exposes them
// by role and orientation, and screen readers announce them that way, not by a name.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Tree:
    case QAccessible::TreeItem:
    case QAccessible::Table:
    case QAccessible::ColumnHeader:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::MenuItem:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Roles whose Name may fall back to what they hold (a combo box's current text, a field's
// content): that is a value, not a name, and says nothing about what the control is for.
bool nameMayBeValue(QAccessible::Role role)
{
    return role == QAccessible::ComboBox || role == QAccessible::EditableText || role == QAccessible::SpinBox;
}

QString roleName(QAccessible::Role role)
{
    const char* key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QLatin1String(key) : QString::number(int(role));
}

QString path(QAccessibleInterface* iface)
{
    // The nearest object with a name, then its ancestors' names: enough to find it in the source.
    QStringList names;
    for (QAccessibleInterface* i = iface; i && names.size() < 4; i = i->parent()) {
        if (QObject* o = i->object(); o && !o->objectName().isEmpty())
            names.prepend(o->objectName());
        if (i->object() && i->object()->isWidgetType() && static_cast<QWidget*>(i->object())->isWindow())
            break;
    }
    return names.join(QLatin1Char('/'));
}

void walk(QAccessibleInterface* iface, int depth, QSet<QAccessibleInterface*>& seen, QStringList& problems)
{
    if (!iface || !iface->isValid() || depth > 64 || seen.contains(iface) || seen.size() > 50000)
        return;
    seen.insert(iface);
    const QAccessible::Role role = iface->role();
    // What is hidden (another page, a closed popup, a dialog not open) is checked in the state
    // that shows it; the tests walk every such state.
    if (role == QAccessible::ScrollBar || iface->state().invisible)
        return;
    if (isInteractive(role)) {
        const QString name = iface->text(QAccessible::Name).trimmed();
        const QWidget* widget = iface->object() && iface->object()->isWidgetType()
                                    ? static_cast<QWidget*>(iface->object())
                                    : nullptr;
        const bool explicitName = widget && !widget->accessibleName().isEmpty();
        const bool onlyValue = nameMayBeValue(role) && !explicitName && !name.isEmpty() &&
                               name == iface->text(QAccessible::Value).trimmed();
        if (name.isEmpty() || onlyValue)
            problems << QStringLiteral("%1 without a name%2 at %3 (class %4)")
                            .arg(roleName(role),
                                 onlyValue ? QStringLiteral(" (only its value \"%1\")").arg(name) : QString(),
                                 path(iface),
                                 iface->object() ? QLatin1String(iface->object()->metaObject()->className())
                                                 : QStringLiteral("item"));
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), depth + 1, seen, problems);
}

QRect rectIn(const QWidget* widget, const QWidget* scope)
{
    return QRect(widget->mapTo(scope->window(), QPoint(0, 0)), widget->size());
}

bool canTakeTabFocus(const QWidget* w, const QWidget* scope)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isEnabled() &&
           w->isVisibleTo(scope->window()) && w->window() == scope->window();
}

// Pixels of slack, so a control one pixel higher than its row neighbour is still on that row.
constexpr int kSlack = 3;

/** True when @p b comes before @p a for someone reading top to bottom, left to right, column by column. */
bool readsBefore(const QRect& b, const QRect& a)
{
    const bool bAbove = b.top() + b.height() <= a.top() + kSlack;
    const bool bBelow = a.top() + a.height() <= b.top() + kSlack;
    const bool bRightColumn = b.left() >= a.left() + a.width() - kSlack;
    if (bAbove)
        return !bRightColumn;
    if (bBelow)
        return false;
    return b.left() + kSlack < a.left(); // same row
}

} // namespace

QString describe(const QWidget* widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    return QStringLiteral("%1 '%2'").arg(QLatin1String(widget->metaObject()->className()),
                                         widget->objectName().isEmpty() ? widget->accessibleName().left(40)
                                                                        : widget->objectName());
}

QStringList unnamedControls(QWidget* root)
{
    QStringList problems;
    QSet<QAccessibleInterface*> seen;
    walk(QAccessible::queryAccessibleInterface(root), 0, seen, problems);
    problems.removeDuplicates();
    return problems;
}

QStringList focusOrderProblems(QWidget* scope, QStringList* visited)
{
    QList<QWidget*> candidates;
    for (QWidget* w : scope->findChildren<QWidget*>())
        if (canTakeTabFocus(w, scope))
            candidates << w;
    if (candidates.isEmpty())
        return {};
    QWidget* first = *std::min_element(candidates.begin(), candidates.end(), [scope](QWidget* x, QWidget* y) {
        const QRect a = rectIn(x, scope);
        const QRect b = rectIn(y, scope);
        return std::pair(a.top(), a.left()) < std::pair(b.top(), b.left());
    });

    QStringList problems;
    first->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    if (QApplication::focusWidget() != first)
        return {QStringLiteral("%1 does not take focus (focus is on %2; is the window active?)")
                    .arg(describe(first), describe(QApplication::focusWidget()))};

    QList<QWidget*> order{first};
    for (int guard = 0; guard < candidates.size() * 2 + 4; ++guard) {
        QWidget* before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == first)
            break;
        if (now == before) {
            problems << QStringLiteral("Tab does not leave %1").arg(describe(now));
            break;
        }
        if (!now || !scope->isAncestorOf(now)) {
            problems
                << QStringLiteral("Tab leaves the scope from %1 to %2").arg(describe(before), describe(now));
            break;
        }
        if (order.contains(now)) {
            problems << QStringLiteral("Tab cycles back to %1 without reaching %2 again")
                            .arg(describe(now), describe(first));
            break;
        }
        order << now;
    }
    for (int i = 1; i < order.size(); ++i)
        if (readsBefore(rectIn(order[i], scope), rectIn(order[i - 1], scope)))
            problems << QStringLiteral("Tab goes back in reading order: %1 at (%2,%3) after %4 at (%5,%6)")
                            .arg(describe(order[i]))
                            .arg(rectIn(order[i], scope).left())
                            .arg(rectIn(order[i], scope).top())
                            .arg(describe(order[i - 1]))
                            .arg(rectIn(order[i - 1], scope).left())
                            .arg(rectIn(order[i - 1], scope).top());
    // Tab stops once in a radio group, on its checked button; the arrow keys move within it.
    const auto reachedByArrows = [&order](QWidget* w) {
        auto* radio = qobject_cast<QRadioButton*>(w);
        if (!radio || radio->isChecked())
            return false;
        const QList<QAbstractButton*> group =
            radio->group() ? radio->group()->buttons()
                           : QList<QAbstractButton*>(w->parentWidget()->findChildren<QAbstractButton*>(
                                 QString(), Qt::FindDirectChildrenOnly));
        return std::any_of(group.begin(), group.end(), [&order](QAbstractButton* b) {
            return qobject_cast<QRadioButton*>(b) && b->isChecked() && order.contains(b);
        });
    };
    for (QWidget* w : candidates)
        if (!order.contains(w) && scope->isAncestorOf(w) && !reachedByArrows(w))
            problems << QStringLiteral("Tab never reaches %1").arg(describe(w));
    if (visited)
        for (QWidget* w : order)
            *visited << describe(w);
    return problems;
}

} // namespace AccessibilityAudit
