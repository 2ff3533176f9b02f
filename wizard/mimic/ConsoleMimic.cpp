// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleMimic.h"

#include "mimic/ConsoleMimicView.h"
#include "mimic/IpPreferencesDialogMimic.h"
#include "mimic/MimicWindowFrame.h"

#include <QCheckBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace {

const QColor kHighlight(255, 226, 140);

int tabIndex(QTabWidget* tabs, const char* english)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabBar()->tabData(i).toString() == QLatin1String(english))
            return i;
    return 0;
}
const QColor kHighlightText(150, 80, 0);

// Links look like MMC hyperlinks; the next one to click gets a yellow frame.
const char* const kStyle = R"(
QPushButton[mimicLink="true"] { border: none; color: #0645ad; text-decoration: underline; text-align: left;
                                padding: 2px 4px; background: transparent; }
QPushButton[mimicNext="true"], QCheckBox[mimicNext="true"] { border: 2px solid #d98b00; background: #ffe28c;
                                color: #000000; padding: 2px 6px; }
QFrame#applyBar { background: #fff5c2; border: 1px solid #c9a300; }
)";

void setNext(QWidget* widget, bool next)
{
    if (!widget || widget->property("mimicNext").toBool() == next)
        return;
    widget->setProperty("mimicNext", next);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

ConsoleMimic::ConsoleMimic(QWidget* parent)
    : QWidget(parent), m_note(new QLabel(this)), m_instruction(new QLabel(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("consoleMimic"));
    setStyleSheet(QString::fromLatin1(kStyle));
    m_note->setObjectName(QStringLiteral("mimicNote"));
    m_note->setWordWrap(true);
    m_instruction->setObjectName(QStringLiteral("mimicInstruction"));
    m_instruction->setWordWrap(true);
    m_instruction->setTextFormat(Qt::RichText);
    m_instruction->setAccessibleName(tr("Next step"));
    m_hint->setObjectName(QStringLiteral("mimicHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setAccessibleName(tr("Hint"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_instruction);
    layout->addWidget(m_hint);
}

ConsoleMimic::~ConsoleMimic() = default;

void ConsoleMimic::setScript(const ConsoleScript& script)
{
    m_script = script;
    m_step = 0;
    m_wrongClicks = 0;
    m_lastAcceptedNode.clear();
    m_lastHint.clear();
    m_hint->clear();
    m_hint->setVisible(false);
    m_note->setText(script.productNote);
    m_note->setVisible(!script.productNote.isEmpty());
    build();
    updateInstruction();
    updateHighlight();
    emit stepChanged(m_step);
}

void ConsoleMimic::build()
{
    // Detach first: deleting the old view sends events through eventFilter().
    delete std::exchange(m_view, nullptr);
    m_guard = true;

    m_view = new ConsoleMimicView(m_script, this);
    QTreeWidget* tree = m_view->tree();
    tree->viewport()->installEventFilter(this);
    for (QAbstractButton* wrong : m_view->wrongButtons())
        rejectAllClicks(wrong);
    QList<QPushButton*> links = m_view->otherLinks();
    if (m_view->link())
        links << m_view->link();
    for (QPushButton* link : links)
        connect(link, &QPushButton::clicked, this, [this, link] { onLinkClicked(link); });
    static_cast<QVBoxLayout*>(layout())->insertWidget(2, m_view, 1);
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 18);

    IpPreferencesDialogMimic* dialog = m_view->dialog();
    connect(tree, &QTreeWidget::currentItemChanged, this, &ConsoleMimic::onTreeCurrentChanged);
    connect(tree, &QTreeWidget::itemClicked, this, &ConsoleMimic::onTreeClicked);
    connect(tree, &QTreeWidget::itemExpanded, this, &ConsoleMimic::onTreeExpanded);
    if (m_view->detailsTabs())
        connect(m_view->detailsTabs(), &QTabWidget::currentChanged, this, &ConsoleMimic::onDetailsTabChanged);
    connect(m_view->taskPane(), &QTabWidget::currentChanged, this, &ConsoleMimic::onTaskTabChanged);
    connect(dialog->tabs(), &QTabWidget::currentChanged, this, &ConsoleMimic::onDialogTabChanged);
    connect(dialog->fragmentCheckbox(), &QCheckBox::toggled, this, &ConsoleMimic::onFragmentToggled);
    connect(dialog->okButton(), &QPushButton::clicked, this, &ConsoleMimic::onDialogOk);
    connect(m_view->applyButton(), &QPushButton::clicked, this, &ConsoleMimic::onApply);
    connect(m_view->saveOkButton(), &QPushButton::clicked, this, &ConsoleMimic::onSaveOk);
    tree->setCurrentItem(nullptr);
    showNode(QString());
    m_guard = false;
}

void ConsoleMimic::rejectAllClicks(QWidget* widget)
{
    widget->installEventFilter(this);
}

bool ConsoleMimic::eventFilter(QObject* watched, QEvent* event)
{
    if (m_view && watched == m_view->tree()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_treeMousePress = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            QMetaObject::invokeMethod(
                this, [this] { m_treeMousePress = false; }, Qt::QueuedConnection);
        return QWidget::eventFilter(watched, event);
    }
    // Controls that are never the right answer (Cancel, Discard, the other options) swallow
    // clicks and key presses and explain instead; Tab still moves past them.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        reject();
        return true;
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return true;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Select) {
            reject();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QTreeWidget* ConsoleMimic::tree() const
{
    return m_view ? m_view->tree() : nullptr;
}

QTreeWidgetItem* ConsoleMimic::treeItem(const QString& key) const
{
    if (!m_view)
        return nullptr;
    for (QTreeWidgetItemIterator it(m_view->tree()); *it; ++it)
        if ((*it)->data(0, ConsoleMimicView::KeyRole).toString() == key)
            return *it;
    return nullptr;
}

IpPreferencesDialogMimic* ConsoleMimic::dialog() const
{
    return m_view && m_view->dialog()->isVisibleTo(m_view) ? m_view->dialog() : nullptr;
}

bool ConsoleMimic::stepPassed(MimicTarget target) const
{
    for (int i = 0; i < qMin<int>(m_step, int(m_script.steps.size())); ++i)
        if (m_script.steps[i].target == target)
            return true;
    return false;
}

bool ConsoleMimic::expects(MimicTarget target, const QString& key) const
{
    if (isCompleted())
        return false;
    const ConsoleStep& step = m_script.steps[m_step];
    return step.target == target && (key.isNull() || step.key.isEmpty() || step.key == key);
}

void ConsoleMimic::advance()
{
    ++m_step;
    m_hint->clear();
    m_hint->setVisible(false);
    updateInstruction();
    updateHighlight();
    emit stepChanged(m_step);
    if (isCompleted())
        emit completed();
}

void ConsoleMimic::reject()
{
    ++m_wrongClicks;
    m_lastHint = isCompleted() ? tr("The change is already made.")
                               : tr("Not there. %1").arg(m_script.instruction(m_step));
    m_hint->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(m_lastHint));
    m_hint->setVisible(true);
    emit wrongClick(m_lastHint);
}

void ConsoleMimic::updateInstruction()
{
    m_instruction->setText(m_script.instruction(m_step));
}

void ConsoleMimic::updateHighlight()
{
    m_guard = true;
    for (QTreeWidgetItemIterator it(m_view->tree()); *it; ++it) {
        (*it)->setBackground(0, QBrush());
        (*it)->setForeground(0, QBrush());
    }
    setNext(m_view->link(), false);
    setNext(m_view->applyButton(), false);
    setNext(m_view->saveOkButton(), false);
    setNext(m_view->dialog()->okButton(), false);
    setNext(m_view->dialog()->fragmentCheckbox(), false);
    const auto clearTabs = [](QTabWidget* tabs) {
        if (!tabs)
            return;
        for (int i = 0; i < tabs->count(); ++i)
            tabs->tabBar()->setTabTextColor(i, QColor());
    };
    clearTabs(m_view->detailsTabs());
    clearTabs(m_view->dialog()->tabs());

    if (!isCompleted()) {
        const ConsoleStep& step = m_script.steps[m_step];
        switch (step.target) {
        case MimicTarget::TreeNode:
            if (QTreeWidgetItem* item = treeItem(step.key)) {
                item->setBackground(0, kHighlight);
                item->setForeground(0, QColor(Qt::black));
                m_view->tree()->scrollToItem(item);
            }
            break;
        case MimicTarget::DetailsTab:
            if (m_view->detailsTabs())
                for (int i = 0; i < m_view->detailsTabs()->count(); ++i)
                    if (m_view->detailsTabs()->tabBar()->tabData(i).toString() == step.key)
                        m_view->detailsTabs()->tabBar()->setTabTextColor(i, kHighlightText);
            break;
        case MimicTarget::Link:
            setNext(m_view->link(), true);
            break;
        case MimicTarget::DialogTab:
            m_view->dialog()->tabs()->tabBar()->setTabTextColor(m_view->dialog()->tabIndex(step.key),
                                                                kHighlightText);
            break;
        case MimicTarget::FragmentCheckbox:
            setNext(m_view->dialog()->fragmentCheckbox(), true);
            break;
        case MimicTarget::DialogOk:
            setNext(m_view->dialog()->okButton(), true);
            break;
        case MimicTarget::ApplyButton:
            setNext(m_view->applyButton(), true);
            break;
        case MimicTarget::SaveOk:
            setNext(m_view->saveOkButton(), true);
            break;
        }
    }
    m_guard = false;
}

void ConsoleMimic::showNode(const QString& key)
{
    const bool linkNode = !key.isEmpty() && key == m_script.linkNodeKey;
    const bool detailsLink = linkNode;
    m_view->details()->setCurrentIndex(detailsLink ? 1 : 0);
    if (!detailsLink)
        m_view->detailsHeading()->setText(
            key.isEmpty() ? QString()
                          : QStringLiteral("<b>%1</b>").arg(m_script.nodeLabel(key).toHtmlEscaped()));
    m_view->taskLinks()->setCurrentIndex(linkNode ? 1 : 0);
}

void ConsoleMimic::onTreeCurrentChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous)
{
    if (m_guard || !current)
        return;
    const QString key = current->data(0, ConsoleMimicView::KeyRole).toString();
    if (!expects(MimicTarget::TreeNode, key)) {
        // Arrow keys pass through other nodes on the way to the right one: only a click is wrong.
        if (!m_treeMousePress)
            return;
        // Undo the selection: the console stays where the last right click left it.
        m_guard = true;
        m_view->tree()->setCurrentItem(previous);
        m_guard = false;
        reject();
        return;
    }
    m_lastAcceptedNode = key;
    m_guard = true;
    current->setExpanded(true);
    m_guard = false;
    showNode(key);
    advance();
}

void ConsoleMimic::onTreeClicked(QTreeWidgetItem* item)
{
    if (m_guard || !item)
        return;
    const QString key = item->data(0, ConsoleMimicView::KeyRole).toString();
    if (key == m_lastAcceptedNode && item == m_view->tree()->currentItem())
        return; // the click that just selected it, or a harmless re-click
    if (expects(MimicTarget::TreeNode, key)) {
        // Already current (selected by an earlier wrong-then-undone move): accept the click itself.
        onTreeCurrentChanged(item, m_view->tree()->currentItem());
        return;
    }
    if (item != m_view->tree()->currentItem())
        return; // currentItemChanged already rejected it
    reject();
}

void ConsoleMimic::onTreeExpanded(QTreeWidgetItem* item)
{
    if (m_guard)
        return;
    const QString key = item->data(0, ConsoleMimicView::KeyRole).toString();
    if (expects(MimicTarget::TreeNode, key)) {
        m_guard = true;
        m_view->tree()->setCurrentItem(item);
        m_guard = false;
        m_lastAcceptedNode = key;
        showNode(key);
        advance();
        return;
    }
    if (item == m_view->tree()->topLevelItem(0))
        return;
    m_guard = true;
    item->setExpanded(false);
    m_guard = false;
    reject();
}

void ConsoleMimic::onDetailsTabChanged(int index)
{
    if (m_guard)
        return;
    const QString label = m_view->detailsTabs()->tabBar()->tabData(index).toString();
    if (expects(MimicTarget::DetailsTab, label)) {
        advance();
        return;
    }
    m_guard = true;
    m_view->detailsTabs()->setCurrentIndex(
        stepPassed(MimicTarget::DetailsTab) ? tabIndex(m_view->detailsTabs(), m_script.linkTab) : 0);
    m_guard = false;
    reject();
}

void ConsoleMimic::onTaskTabChanged(int index)
{
    if (m_guard || index == 0)
        return;
    m_guard = true;
    m_view->taskPane()->setCurrentIndex(0);
    m_guard = false;
    reject();
}

void ConsoleMimic::onLinkClicked(QPushButton* link)
{
    if (link != m_view->link() || !expects(MimicTarget::Link)) {
        reject();
        return;
    }
    m_view->dialog()->setVisible(true);
    m_view->dialog()->raise();
    m_view->dialog()->tabs()->setFocus();
    advance();
}

void ConsoleMimic::onDialogTabChanged(int index)
{
    if (m_guard)
        return;
    const QString label = m_view->dialog()->tabs()->tabBar()->tabData(index).toString();
    if (expects(MimicTarget::DialogTab, label)) {
        advance();
        return;
    }
    m_guard = true;
    m_view->dialog()->tabs()->setCurrentIndex(
        stepPassed(MimicTarget::DialogTab) ? m_view->dialog()->tabIndex(QStringLiteral("IP Fragments")) : 0);
    m_guard = false;
    reject();
}

void ConsoleMimic::onFragmentToggled(bool checked)
{
    if (m_guard)
        return;
    if (!checked && expects(MimicTarget::FragmentCheckbox)) {
        advance();
        return;
    }
    m_guard = true;
    m_view->dialog()->fragmentCheckbox()->setChecked(!checked);
    m_guard = false;
    reject();
}

void ConsoleMimic::onDialogOk()
{
    if (!expects(MimicTarget::DialogOk)) {
        reject();
        return;
    }
    m_view->dialog()->setVisible(false);
    m_view->applyBar()->setVisible(true);
    m_view->applyButton()->setFocus();
    advance();
}

void ConsoleMimic::onApply()
{
    if (!expects(MimicTarget::ApplyButton)) {
        reject();
        return;
    }
    m_view->applyBar()->setVisible(false);
    m_view->saveDialog()->setVisible(true);
    m_view->saveDialog()->raise();
    m_view->saveOkButton()->setFocus();
    advance();
}

void ConsoleMimic::onSaveOk()
{
    if (!expects(MimicTarget::SaveOk)) {
        reject();
        return;
    }
    m_view->saveDialog()->setVisible(false);
    advance();
}
