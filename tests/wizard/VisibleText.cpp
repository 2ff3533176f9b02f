// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisibleText.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTreeWidget>

namespace {

/** What the user reads: rich text as rendered, plain text with its mnemonic marks (&) removed. */
QString plain(const QString& text, bool rich = false)
{
    if (rich)
        return QTextDocumentFragment::fromHtml(text).toPlainText().simplified();
    QString out = text;
    out.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    out.remove(QLatin1Char('&'));
    out.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return out.simplified();
}

QString pathOf(const QWidget* widget, const QWidget* top, const QString& prefix)
{
    QStringList parts;
    for (const QObject* o = widget; o && o != top; o = o->parent()) {
        QString name =
            o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
        if (o->parent()) {
            int index = 0;
            for (const QObject* sibling : o->parent()->children()) {
                if (sibling == o)
                    break;
                index += sibling->metaObject() == o->metaObject() ? 1 : 0;
            }
            name += QStringLiteral("[%1]").arg(index);
        }
        parts.prepend(name);
    }
    parts.prepend(prefix);
    return parts.join(QLatin1Char('/'));
}

void add(QList<VisibleText::Item>& out, const QString& path, const QString& text, bool rich = false)
{
    const QString p = plain(text, rich);
    if (!p.isEmpty())
        out.append({path, p});
}

void collectOne(QWidget* w, const QString& path, QList<VisibleText::Item>& out)
{
    if (auto* label = qobject_cast<QLabel*>(w)) {
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        add(out, path, label->text(), rich);
    } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        add(out, path, button->text());
    } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
        add(out, path, group->title());
    } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        add(out, path + QStringLiteral("#placeholder"), edit->placeholderText()); // the text is the user's
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            add(out, path + QStringLiteral("#%1").arg(i), combo->itemText(i));
    } else if (auto* list = qobject_cast<QListWidget*>(w)) {
        for (int i = 0; i < list->count(); ++i)
            add(out, path + QStringLiteral("#%1").arg(i), list->item(i)->text());
    } else if (auto* table = qobject_cast<QTableWidget*>(w)) {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->horizontalHeaderItem(c))
                add(out, path + QStringLiteral("#h%1").arg(c), table->horizontalHeaderItem(c)->text());
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, c))
                    add(out, path + QStringLiteral("#%1,%2").arg(r).arg(c), table->item(r, c)->text());
        }
    } else if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
        for (int c = 0; c < tree->columnCount(); ++c)
            add(out, path + QStringLiteral("#h%1").arg(c), tree->headerItem()->text(c));
        int n = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it, ++n)
            for (int c = 0; c < tree->columnCount(); ++c)
                add(out, path + QStringLiteral("#%1,%2").arg(n).arg(c), (*it)->text(c));
    } else if (auto* browser = qobject_cast<QTextBrowser*>(w)) {
        const QStringList lines = browser->toPlainText().split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i)
            add(out, path + QStringLiteral("#%1").arg(i), lines[i]);
    } else if (auto* view = qobject_cast<QChartView*>(w)) {
        const QList<QLegendMarker*> markers = view->chart()->legend()->markers();
        for (int i = 0; i < markers.size(); ++i)
            add(out, path + QStringLiteral("#legend%1").arg(i), markers[i]->label());
        const QList<QAbstractAxis*> axes = view->chart()->axes();
        for (int i = 0; i < axes.size(); ++i)
            add(out, path + QStringLiteral("#axis%1").arg(i), axes[i]->titleText());
    }
}

void walk(QWidget* w, QWidget* top, const QString& prefix, QList<VisibleText::Item>& out)
{
    if (!w->isVisibleTo(top) && w != top)
        return;
    collectOne(w, pathOf(w, top, prefix), out);
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        // Every tab in turn: a hidden tab is one click away.
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            add(out, pathOf(w, top, prefix) + QStringLiteral("#tab%1").arg(i), tabs->tabText(i));
            tabs->setCurrentIndex(i);
            walk(tabs->widget(i), top, prefix, out);
        }
        tabs->setCurrentIndex(current);
        return;
    }
    for (QObject* child : w->children())
        if (auto* cw = qobject_cast<QWidget*>(child); cw && !cw->isWindow())
            walk(cw, top, prefix, out);
}

} // namespace

namespace VisibleText {

QList<Item> collect(QWidget* top, const QString& prefix)
{
    QList<Item> out;
    walk(top, top, prefix, out);
    return out;
}

} // namespace VisibleText
