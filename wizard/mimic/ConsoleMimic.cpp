// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleMimic.h"

#include "mimic/IpPreferencesDialogMimic.h"
#include "mimic/MimicWindowFrame.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

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
constexpr int kKeyRole = Qt::UserRole + 1;

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
    delete m_stage;
    m_otherLinks.clear();
    m_link = nullptr;
    m_detailsTabs = nullptr;
    m_guard = true;

    m_stage = new QWidget(this);
    m_stage->setObjectName(QStringLiteral("mimicStage"));
    // One grid cell holds the console and, on top of it, whichever dialog is open.
    auto* stageLayout = new QGridLayout(m_stage);
    stageLayout->setContentsMargins(0, 0, 0, 0);

    m_window = new MimicWindowFrame(bilingualLabel(m_script.windowTitle), m_stage);
    m_window->setObjectName(QStringLiteral("consoleWindow"));

    m_tree = new QTreeWidget(m_window);
    m_tree->setObjectName(QStringLiteral("consoleTree"));
    m_tree->setAccessibleName(tr("Console tree"));
    m_tree->setHeaderHidden(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    QHash<QString, QTreeWidgetItem*> items;
    for (const ConsoleTreeNode& n : m_script.tree) {
        QTreeWidgetItem* parent = items.value(n.parentKey);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, n.literal.isEmpty() ? bilingualLabel(n.label) : n.literal);
        item->setData(0, kKeyRole, n.key);
        items.insert(n.key, item);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->topLevelItem(0)->setExpanded(true);
    m_tree->viewport()->installEventFilter(this);

    m_details = new QStackedWidget(m_window);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_detailsHeading = new QLabel(m_details);
    m_detailsHeading->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_detailsHeading->setWordWrap(true);
    m_detailsHeading->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailsHeading->setMargin(8);
    m_details->addWidget(m_detailsHeading);
    m_details->addWidget(buildDetailsPage());

    m_applyBar = new QFrame(m_window);
    m_applyBar->setObjectName(QStringLiteral("applyBar"));
    auto* applyText = new QLabel(
        bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Click Apply to save changes and update the configuration.")),
        m_applyBar);
    applyText->setWordWrap(true);
    m_apply = new QPushButton(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Apply")), m_applyBar);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    auto* discard = new QPushButton(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Discard")), m_applyBar);
    discard->setObjectName(QStringLiteral("discardButton"));
    rejectAllClicks(discard);
    auto* applyLayout = new QHBoxLayout(m_applyBar);
    applyLayout->addWidget(applyText, 1);
    applyLayout->addWidget(m_apply);
    applyLayout->addWidget(discard);
    m_applyBar->setVisible(false);

    auto* detailsColumn = new QWidget(m_window);
    auto* detailsLayout = new QVBoxLayout(detailsColumn);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_applyBar);
    detailsLayout->addWidget(m_details, 1);

    m_taskPane = new QTabWidget(m_window);
    m_taskPane->setObjectName(QStringLiteral("taskPane"));
    m_taskPane->setAccessibleName(tr("Task pane"));
    m_taskLinks = new QStackedWidget(m_taskPane);
    m_taskLinks->addWidget(buildTaskLinks(false));
    m_taskLinks->addWidget(buildTaskLinks(true));
    m_taskPane->addTab(m_taskLinks, bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Tasks")));
    auto* help = new QLabel(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Help Topics")), m_taskPane);
    help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    help->setMargin(6);
    m_taskPane->addTab(help, bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Help")));

    auto* splitter = new QSplitter(Qt::Horizontal, m_window);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailsColumn);
    splitter->addWidget(m_taskPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 3);
    m_window->contentLayout()->addWidget(splitter, 1);

    m_dialog = new IpPreferencesDialogMimic(m_script.dialogTitle, m_script.dialogTabs, m_script.fragmentsInitiallyBlocked,
                                            m_stage);
    m_dialog->setVisible(false);
    for (QAbstractButton* other : m_dialog->otherButtons())
        rejectAllClicks(other);

    m_saveDialog = new MimicWindowFrame(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Saving Configuration Changes")),
                                        m_stage);
    m_saveDialog->setObjectName(QStringLiteral("saveDialog"));
    auto* saved = new QLabel(
        bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Changes to the configuration were successfully saved.")),
        m_saveDialog);
    saved->setWordWrap(true);
    m_saveOk = new QPushButton(QStringLiteral("OK"), m_saveDialog);
    m_saveOk->setObjectName(QStringLiteral("saveOkButton"));
    auto* saveButtons = new QHBoxLayout;
    saveButtons->addStretch(1);
    saveButtons->addWidget(m_saveOk);
    m_saveDialog->contentLayout()->addWidget(saved);
    m_saveDialog->contentLayout()->addLayout(saveButtons);
    m_saveDialog->setVisible(false);

    stageLayout->addWidget(m_window, 0, 0);
    stageLayout->addWidget(m_dialog, 0, 0, Qt::AlignCenter);
    stageLayout->addWidget(m_saveDialog, 0, 0, Qt::AlignCenter);
    static_cast<QVBoxLayout*>(layout())->insertWidget(2, m_stage, 1);
    m_stage->setMinimumHeight(fontMetrics().lineSpacing() * 18);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ConsoleMimic::onTreeCurrentChanged);
    connect(m_tree, &QTreeWidget::itemClicked, this, &ConsoleMimic::onTreeClicked);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ConsoleMimic::onTreeExpanded);
    connect(m_taskPane, &QTabWidget::currentChanged, this, &ConsoleMimic::onTaskTabChanged);
    connect(m_dialog->tabs(), &QTabWidget::currentChanged, this, &ConsoleMimic::onDialogTabChanged);
    connect(m_dialog->fragmentCheckbox(), &QCheckBox::toggled, this, &ConsoleMimic::onFragmentToggled);
    connect(m_dialog->okButton(), &QPushButton::clicked, this, &ConsoleMimic::onDialogOk);
    connect(m_apply, &QPushButton::clicked, this, &ConsoleMimic::onApply);
    connect(m_saveOk, &QPushButton::clicked, this, &ConsoleMimic::onSaveOk);
    m_tree->setCurrentItem(nullptr);
    showNode(QString());
    m_guard = false;
}

QWidget* ConsoleMimic::buildDetailsPage()
{
    auto* page = new QWidget(m_details);
    auto* layout = new QVBoxLayout(page);
    if (m_script.linkPlace == ConsoleScript::LinkPlace::TaskPane) {
        // TMG MBE, Firewall Policy: the rule list; the link lives in the task pane.
        auto* rules = new QTableWidget(2, 4, page);
        rules->setObjectName(QStringLiteral("firewallRules"));
        rules->setHorizontalHeaderLabels({QStringLiteral("Order"), QStringLiteral("Name"), QStringLiteral("Action"),
                                          QStringLiteral("Protocols")});
        const QStringList first{QStringLiteral("1"), QStringLiteral("VPN Clients to Internal"), QStringLiteral("Allow"),
                                QStringLiteral("All Outbound Traffic")};
        const QStringList last{QStringLiteral("Last"), QStringLiteral("Default rule"), QStringLiteral("Deny"),
                               QStringLiteral("All Traffic")};
        for (int c = 0; c < 4; ++c) {
            rules->setItem(0, c, new QTableWidgetItem(first[c]));
            rules->setItem(1, c, new QTableWidgetItem(last[c]));
        }
        rules->verticalHeader()->setVisible(false);
        rules->horizontalHeader()->setStretchLastSection(true);
        rules->setSelectionMode(QAbstractItemView::NoSelection);
        rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
        rules->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(rules);
        return page;
    }

    QWidget* linkHolder = page;
    if (!m_script.detailsTabs.isEmpty()) {
        // TMG 2010: the details pane is tabbed; the link sits on one tab.
        m_detailsTabs = new QTabWidget(page);
        m_detailsTabs->setObjectName(QStringLiteral("detailsTabs"));
        for (const char* tab : m_script.detailsTabs) {
            auto* tabPage = new QWidget(m_detailsTabs);
            new QVBoxLayout(tabPage);
            const int index = m_detailsTabs->addTab(tabPage, bilingualLabel(tab));
            m_detailsTabs->tabBar()->setTabData(index, QString::fromLatin1(tab));
            if (QString::fromLatin1(tab) == QLatin1String(m_script.linkTab))
                linkHolder = tabPage;
            else
                tabPage->layout()->addWidget(new QLabel(bilingualLabel(tab), tabPage));
        }
        layout->addWidget(m_detailsTabs);
        connect(m_detailsTabs, &QTabWidget::currentChanged, this, &ConsoleMimic::onDetailsTabChanged);
    }

    QWidget* groupParent = linkHolder;
    QVBoxLayout* groupLayout = nullptr;
    if (*m_script.linkGroup) {
        auto* group = new QGroupBox(bilingualLabel(m_script.linkGroup), linkHolder);
        group->setObjectName(QStringLiteral("linkGroup"));
        groupLayout = new QVBoxLayout(group);
        static_cast<QVBoxLayout*>(linkHolder->layout() ? linkHolder->layout() : layout)->addWidget(group);
        groupParent = group;
    } else {
        groupLayout = static_cast<QVBoxLayout*>(linkHolder->layout());
    }
    // Real consoles list the link among its neighbours; keep its place in the list.
    QList<const char*> links = m_script.otherLinks;
    links.insert(qMin<qsizetype>(1, links.size()), m_script.link);
    for (const char* label : links) {
        QPushButton* button = makeLink(label, groupParent);
        groupLayout->addWidget(button);
        if (label == m_script.link)
            m_link = button;
        else
            m_otherLinks << button;
    }
    if (linkHolder != page)
        static_cast<QVBoxLayout*>(linkHolder->layout())->addStretch(1);
    layout->addStretch(1);
    return page;
}

QWidget* ConsoleMimic::buildTaskLinks(bool forLinkNode)
{
    auto* page = new QWidget(m_taskPane);
    auto* layout = new QVBoxLayout(page);
    if (forLinkNode && m_script.linkPlace == ConsoleScript::LinkPlace::TaskPane) {
        auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Firewall Policy Tasks")).toHtmlEscaped()), page);
        heading->setWordWrap(true);
        layout->addWidget(heading);
        QList<const char*> links = m_script.otherLinks;
        links.insert(qMin<qsizetype>(2, links.size()), m_script.link);
        for (const char* label : links) {
            QPushButton* button = makeLink(label, page);
            layout->addWidget(button);
            if (label == m_script.link)
                m_link = button;
            else
                m_otherLinks << button;
        }
    } else {
        auto* none = new QLabel(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Related Tasks")), page);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addStretch(1);
    return page;
}

QPushButton* ConsoleMimic::makeLink(const char* english, QWidget* parent)
{
    auto* button = new QPushButton(bilingualLabel(english, true), parent);
    button->setObjectName(QStringLiteral("mimicLink:%1").arg(QString::fromLatin1(english)));
    button->setProperty("mimicLink", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(button, &QPushButton::clicked, this, [this, button] { onLinkClicked(button); });
    return button;
}

void ConsoleMimic::rejectAllClicks(QWidget* widget)
{
    widget->installEventFilter(this);
}

bool ConsoleMimic::eventFilter(QObject* watched, QEvent* event)
{
    if (m_tree && watched == m_tree->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_treeMousePress = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            QMetaObject::invokeMethod(this, [this] { m_treeMousePress = false; }, Qt::QueuedConnection);
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

QTreeWidgetItem* ConsoleMimic::treeItem(const QString& key) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kKeyRole).toString() == key)
            return *it;
    return nullptr;
}

IpPreferencesDialogMimic* ConsoleMimic::dialog() const
{
    return m_dialog && m_dialog->isVisibleTo(m_stage) ? m_dialog : nullptr;
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
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        (*it)->setBackground(0, QBrush());
        (*it)->setForeground(0, QBrush());
    }
    setNext(m_link, false);
    setNext(m_apply, false);
    setNext(m_saveOk, false);
    setNext(m_dialog->okButton(), false);
    setNext(m_dialog->fragmentCheckbox(), false);
    const auto clearTabs = [](QTabWidget* tabs) {
        if (!tabs)
            return;
        for (int i = 0; i < tabs->count(); ++i)
            tabs->tabBar()->setTabTextColor(i, QColor());
    };
    clearTabs(m_detailsTabs);
    clearTabs(m_dialog->tabs());

    if (!isCompleted()) {
        const ConsoleStep& step = m_script.steps[m_step];
        switch (step.target) {
        case MimicTarget::TreeNode:
            if (QTreeWidgetItem* item = treeItem(step.key)) {
                item->setBackground(0, kHighlight);
                item->setForeground(0, QColor(Qt::black));
                m_tree->scrollToItem(item);
            }
            break;
        case MimicTarget::DetailsTab:
            if (m_detailsTabs)
                for (int i = 0; i < m_detailsTabs->count(); ++i)
                    if (m_detailsTabs->tabBar()->tabData(i).toString() == step.key)
                        m_detailsTabs->tabBar()->setTabTextColor(i, kHighlightText);
            break;
        case MimicTarget::Link:
            setNext(m_link, true);
            break;
        case MimicTarget::DialogTab:
            m_dialog->tabs()->tabBar()->setTabTextColor(m_dialog->tabIndex(step.key), kHighlightText);
            break;
        case MimicTarget::FragmentCheckbox:
            setNext(m_dialog->fragmentCheckbox(), true);
            break;
        case MimicTarget::DialogOk:
            setNext(m_dialog->okButton(), true);
            break;
        case MimicTarget::ApplyButton:
            setNext(m_apply, true);
            break;
        case MimicTarget::SaveOk:
            setNext(m_saveOk, true);
            break;
        }
    }
    m_guard = false;
}

void ConsoleMimic::showNode(const QString& key)
{
    const bool linkNode = !key.isEmpty() && key == m_script.linkNodeKey;
    const bool detailsLink = linkNode;
    m_details->setCurrentIndex(detailsLink ? 1 : 0);
    if (!detailsLink)
        m_detailsHeading->setText(key.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(m_script.nodeLabel(key).toHtmlEscaped()));
    m_taskLinks->setCurrentIndex(linkNode ? 1 : 0);
}

void ConsoleMimic::onTreeCurrentChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous)
{
    if (m_guard || !current)
        return;
    const QString key = current->data(0, kKeyRole).toString();
    if (!expects(MimicTarget::TreeNode, key)) {
        // Arrow keys pass through other nodes on the way to the right one: only a click is wrong.
        if (!m_treeMousePress)
            return;
        // Undo the selection: the console stays where the last right click left it.
        m_guard = true;
        m_tree->setCurrentItem(previous);
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
    const QString key = item->data(0, kKeyRole).toString();
    if (key == m_lastAcceptedNode && item == m_tree->currentItem())
        return; // the click that just selected it, or a harmless re-click
    if (expects(MimicTarget::TreeNode, key)) {
        // Already current (selected by an earlier wrong-then-undone move): accept the click itself.
        onTreeCurrentChanged(item, m_tree->currentItem());
        return;
    }
    if (item != m_tree->currentItem())
        return; // currentItemChanged already rejected it
    reject();
}

void ConsoleMimic::onTreeExpanded(QTreeWidgetItem* item)
{
    if (m_guard)
        return;
    const QString key = item->data(0, kKeyRole).toString();
    if (expects(MimicTarget::TreeNode, key)) {
        m_guard = true;
        m_tree->setCurrentItem(item);
        m_guard = false;
        m_lastAcceptedNode = key;
        showNode(key);
        advance();
        return;
    }
    if (item == m_tree->topLevelItem(0))
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
    const QString label = m_detailsTabs->tabBar()->tabData(index).toString();
    if (expects(MimicTarget::DetailsTab, label)) {
        advance();
        return;
    }
    m_guard = true;
    m_detailsTabs->setCurrentIndex(stepPassed(MimicTarget::DetailsTab) ? tabIndex(m_detailsTabs, m_script.linkTab) : 0);
    m_guard = false;
    reject();
}

void ConsoleMimic::onTaskTabChanged(int index)
{
    if (m_guard || index == 0)
        return;
    m_guard = true;
    m_taskPane->setCurrentIndex(0);
    m_guard = false;
    reject();
}

void ConsoleMimic::onLinkClicked(QPushButton* link)
{
    if (link != m_link || !expects(MimicTarget::Link)) {
        reject();
        return;
    }
    m_dialog->setVisible(true);
    m_dialog->raise();
    m_dialog->tabs()->setFocus();
    advance();
}

void ConsoleMimic::onDialogTabChanged(int index)
{
    if (m_guard)
        return;
    const QString label = m_dialog->tabs()->tabBar()->tabData(index).toString();
    if (expects(MimicTarget::DialogTab, label)) {
        advance();
        return;
    }
    m_guard = true;
    m_dialog->tabs()->setCurrentIndex(stepPassed(MimicTarget::DialogTab) ? m_dialog->tabIndex(QStringLiteral("IP Fragments")) : 0);
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
    m_dialog->fragmentCheckbox()->setChecked(!checked);
    m_guard = false;
    reject();
}

void ConsoleMimic::onDialogOk()
{
    if (!expects(MimicTarget::DialogOk)) {
        reject();
        return;
    }
    m_dialog->setVisible(false);
    m_applyBar->setVisible(true);
    m_apply->setFocus();
    advance();
}

void ConsoleMimic::onApply()
{
    if (!expects(MimicTarget::ApplyButton)) {
        reject();
        return;
    }
    m_applyBar->setVisible(false);
    m_saveDialog->setVisible(true);
    m_saveDialog->raise();
    m_saveOk->setFocus();
    advance();
}

void ConsoleMimic::onSaveOk()
{
    if (!expects(MimicTarget::SaveOk)) {
        reject();
        return;
    }
    m_saveDialog->setVisible(false);
    advance();
}
