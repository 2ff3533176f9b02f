// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleMimicView.h"

#include "mimic/ConsoleScript.h"
#include "mimic/IpPreferencesDialogMimic.h"
#include "mimic/MimicWindowFrame.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

// Widgets are created in the order the keyboard should visit them: Qt derives the default
// tab order from creation order, so the build steps below must not be reordered.
ConsoleMimicView::ConsoleMimicView(const ConsoleScript& script, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mimicStage"));
    // One grid cell holds the console and, on top of it, whichever dialog is open.
    auto* stageLayout = new QGridLayout(this);
    stageLayout->setContentsMargins(0, 0, 0, 0);

    m_window = new MimicWindowFrame(bilingualLabel(script.windowTitle), this);
    m_window->setObjectName(QStringLiteral("consoleWindow"));

    buildTree(script);
    buildDetailsColumn(script);
    buildTaskPane(script);

    auto* splitter = new QSplitter(Qt::Horizontal, m_window);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detailsColumn);
    splitter->addWidget(m_taskPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 3);
    m_window->contentLayout()->addWidget(splitter, 1);

    m_dialog = new IpPreferencesDialogMimic(script.dialogTitle, script.dialogTabs,
                                            script.fragmentsInitiallyBlocked, this);
    m_dialog->setVisible(false);
    m_wrongButtons << m_dialog->otherButtons();

    buildSaveDialog();

    stageLayout->addWidget(m_window, 0, 0);
    stageLayout->addWidget(m_dialog, 0, 0, Qt::AlignCenter);
    stageLayout->addWidget(m_saveDialog, 0, 0, Qt::AlignCenter);
}

ConsoleMimicView::~ConsoleMimicView() = default;

void ConsoleMimicView::buildTree(const ConsoleScript& script)
{
    m_tree = new QTreeWidget(m_window);
    m_tree->setObjectName(QStringLiteral("consoleTree"));
    // Translated in ConsoleMimic's context, where the shipped .ts files already have it.
    m_tree->setAccessibleName(QCoreApplication::translate("ConsoleMimic", "Console tree"));
    m_tree->setAccessibleDescription(QCoreApplication::translate(
        "ConsoleMimic", "The console's tree, as on the server. Move to the highlighted node with the arrow "
                        "keys; the instruction above the console says which one."));
    m_tree->setHeaderHidden(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    QHash<QString, QTreeWidgetItem*> items;
    for (const ConsoleTreeNode& n : script.tree) {
        QTreeWidgetItem* parent = items.value(n.parentKey);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, n.literal.isEmpty() ? bilingualLabel(n.label) : n.literal);
        item->setData(0, KeyRole, n.key);
        items.insert(n.key, item);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->topLevelItem(0)->setExpanded(true);
}

void ConsoleMimicView::buildDetailsColumn(const ConsoleScript& script)
{
    m_details = new QStackedWidget(m_window);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_detailsHeading = new QLabel(m_details);
    m_detailsHeading->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_detailsHeading->setWordWrap(true);
    m_detailsHeading->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailsHeading->setMargin(8);
    m_details->addWidget(m_detailsHeading);
    m_details->addWidget(buildDetailsPage(script));

    m_applyBar = new QFrame(m_window);
    m_applyBar->setObjectName(QStringLiteral("applyBar"));
    auto* applyText =
        new QLabel(bilingualLabel(QT_TRANSLATE_NOOP(
                       "ConsoleLabel", "Click Apply to save changes and update the configuration.")),
                   m_applyBar);
    applyText->setWordWrap(true);
    m_apply = new QPushButton(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Apply")), m_applyBar);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    auto* discard = new QPushButton(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Discard")), m_applyBar);
    discard->setObjectName(QStringLiteral("discardButton"));
    m_wrongButtons << discard;
    auto* applyLayout = new QHBoxLayout(m_applyBar);
    applyLayout->addWidget(applyText, 1);
    applyLayout->addWidget(m_apply);
    applyLayout->addWidget(discard);
    m_applyBar->setVisible(false);

    m_detailsColumn = new QWidget(m_window);
    auto* detailsLayout = new QVBoxLayout(m_detailsColumn);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_applyBar);
    detailsLayout->addWidget(m_details, 1);
}

QWidget* ConsoleMimicView::buildDetailsPage(const ConsoleScript& script)
{
    auto* page = new QWidget(m_details);
    auto* layout = new QVBoxLayout(page);
    if (script.linkPlace == ConsoleScript::LinkPlace::TaskPane) {
        // TMG MBE, Firewall Policy: the rule list; the link lives in the task pane.
        auto* rules = new QTableWidget(2, 4, page);
        rules->setObjectName(QStringLiteral("firewallRules"));
        rules->setAccessibleName(QCoreApplication::translate("ConsoleMimic", "Firewall policy rules"));
        rules->setHorizontalHeaderLabels({QStringLiteral("Order"), QStringLiteral("Name"),
                                          QStringLiteral("Action"), QStringLiteral("Protocols")});
        const QStringList first{QStringLiteral("1"), QStringLiteral("VPN Clients to Internal"),
                                QStringLiteral("Allow"), QStringLiteral("All Outbound Traffic")};
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
    if (!script.detailsTabs.isEmpty()) {
        // TMG 2010: the details pane is tabbed; the link sits on one tab.
        m_detailsTabs = new QTabWidget(page);
        m_detailsTabs->setObjectName(QStringLiteral("detailsTabs"));
        for (const char* tab : script.detailsTabs) {
            auto* tabPage = new QWidget(m_detailsTabs);
            new QVBoxLayout(tabPage);
            const int index = m_detailsTabs->addTab(tabPage, bilingualLabel(tab));
            m_detailsTabs->tabBar()->setTabData(index, QString::fromLatin1(tab));
            if (QString::fromLatin1(tab) == QLatin1String(script.linkTab))
                linkHolder = tabPage;
            else
                tabPage->layout()->addWidget(new QLabel(bilingualLabel(tab), tabPage));
        }
        layout->addWidget(m_detailsTabs);
    }

    QWidget* groupParent = linkHolder;
    QVBoxLayout* groupLayout = nullptr;
    if (*script.linkGroup) {
        auto* group = new QGroupBox(bilingualLabel(script.linkGroup), linkHolder);
        group->setObjectName(QStringLiteral("linkGroup"));
        groupLayout = new QVBoxLayout(group);
        static_cast<QVBoxLayout*>(linkHolder->layout() ? linkHolder->layout() : layout)->addWidget(group);
        groupParent = group;
    } else {
        groupLayout = static_cast<QVBoxLayout*>(linkHolder->layout());
    }
    // Real consoles list the link among its neighbours; keep its place in the list.
    QList<const char*> links = script.otherLinks;
    links.insert(qMin<qsizetype>(1, links.size()), script.link);
    for (const char* label : links)
        addLink(script, label, groupParent, groupLayout);
    if (linkHolder != page)
        static_cast<QVBoxLayout*>(linkHolder->layout())->addStretch(1);
    layout->addStretch(1);
    return page;
}

void ConsoleMimicView::buildTaskPane(const ConsoleScript& script)
{
    m_taskPane = new QTabWidget(m_window);
    m_taskPane->setObjectName(QStringLiteral("taskPane"));
    // Translated in ConsoleMimic's context, where the shipped .ts files already have it.
    m_taskPane->setAccessibleName(QCoreApplication::translate("ConsoleMimic", "Task pane"));
    m_taskLinks = new QStackedWidget(m_taskPane);
    m_taskLinks->addWidget(buildTaskLinks(script, false));
    m_taskLinks->addWidget(buildTaskLinks(script, true));
    m_taskPane->addTab(m_taskLinks, bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Tasks")));
    auto* help = new QLabel(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Help Topics")), m_taskPane);
    help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    help->setMargin(6);
    m_taskPane->addTab(help, bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Help")));
}

QWidget* ConsoleMimicView::buildTaskLinks(const ConsoleScript& script, bool forLinkNode)
{
    auto* page = new QWidget(m_taskPane);
    auto* layout = new QVBoxLayout(page);
    if (forLinkNode && script.linkPlace == ConsoleScript::LinkPlace::TaskPane) {
        auto* heading =
            new QLabel(QStringLiteral("<b>%1</b>")
                           .arg(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Firewall Policy Tasks"))
                                    .toHtmlEscaped()),
                       page);
        heading->setWordWrap(true);
        layout->addWidget(heading);
        QList<const char*> links = script.otherLinks;
        links.insert(qMin<qsizetype>(2, links.size()), script.link);
        for (const char* label : links)
            addLink(script, label, page, layout);
    } else {
        auto* none = new QLabel(bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Related Tasks")), page);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addStretch(1);
    return page;
}

void ConsoleMimicView::buildSaveDialog()
{
    m_saveDialog = new MimicWindowFrame(
        bilingualLabel(QT_TRANSLATE_NOOP("ConsoleLabel", "Saving Configuration Changes")), this);
    m_saveDialog->setObjectName(QStringLiteral("saveDialog"));
    m_saveDialog->setModal(true);
    auto* saved = new QLabel(bilingualLabel(QT_TRANSLATE_NOOP(
                                 "ConsoleLabel", "Changes to the configuration were successfully saved.")),
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
}

void ConsoleMimicView::addLink(const ConsoleScript& script, const char* english, QWidget* parent,
                               QLayout* layout)
{
    auto* button = new QPushButton(bilingualLabel(english, true), parent);
    button->setObjectName(QStringLiteral("mimicLink:%1").arg(QString::fromLatin1(english)));
    button->setProperty("mimicLink", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(button);
    // The script names its link by pointer, so the same label is the same entry.
    if (english == script.link)
        m_link = button;
    else
        m_otherLinks << button;
}
