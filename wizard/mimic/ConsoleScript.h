// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseModel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/** What the technician must click in a console mimic, in order. */
enum class MimicTarget
{
    TreeNode,         ///< expand or select a console-tree node (key: node key)
    DetailsTab,       ///< a tab of the details pane (key: tab label)
    Link,             ///< the task or details link that opens the dialog
    DialogTab,        ///< a tab of the IP Preferences dialog (key: tab label)
    FragmentCheckbox, ///< clear "Block IP fragments"
    DialogOk,
    ApplyButton,
    SaveOk
};

struct ConsoleTreeNode
{
    QString key;
    QString parentKey;      ///< empty for the root
    const char* label = ""; ///< English console text, translated beside it through "ConsoleLabel"
    QString literal;        ///< set for names typed by the user (server, array): never translated
};

struct ConsoleStep
{
    MimicTarget target = MimicTarget::TreeNode;
    QString key;
};

/**
 * A product's management console as data: tree, the node whose details pane or task pane
 * holds the link, the dialog's tabs and the steps. The console widgets are the same for
 * every product; only this script differs. Labels stay English (the server's console
 * usually is) and are shown with their translation beside them.
 */
struct ConsoleScript
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleScript)

public:
    enum class LinkPlace
    {
        TaskPane,
        DetailsPane
    };

    ServerProduct product = ServerProduct::Unspecified;
    const char* windowTitle = "";
    QList<ConsoleTreeNode> tree;
    QString linkNodeKey; ///< selecting this node shows the link
    LinkPlace linkPlace = LinkPlace::TaskPane;
    const char* linkGroup = "";       ///< details-pane heading above the link
    const char* link = "";            ///< the link that opens the dialog
    const char* linkAlternative = ""; ///< another label some builds show (ISA 2006)
    QList<const char*> otherLinks;    ///< neighbours, for realism; clicking them is a wrong click
    QList<const char*> detailsTabs;   ///< TMG 2010: tabs of the details pane
    const char* linkTab = "";         ///< the details tab that holds the link
    const char* dialogTitle = "";
    QList<const char*> dialogTabs;
    bool fragmentsInitiallyBlocked = true;
    QString productNote; ///< translated remark shown above the console
    QList<ConsoleStep> steps;

    /** The mimic for @p product with the typed server (and array) name. */
    static ConsoleScript forProduct(ServerProduct product, const QString& serverName,
                                    const QString& arrayName);
    /** English label of node @p key. */
    QString nodeLabel(const QString& key) const;
    bool nodeHasChildren(const QString& key) const;
    /** The instruction for @p step, translated, with the English label in bold. */
    QString instruction(int step) const;
};

/**
 * "English (translation)" or just "English" when the UI is English or has no translation.
 * @p twoLines puts the translation on its own line, for buttons, which cannot wrap.
 */
QString bilingualLabel(const char* english, bool twoLines = false);
