// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

struct ConsoleScript;
class IpPreferencesDialogMimic;
class MimicWindowFrame;
class QAbstractButton;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

/**
 * The widgets of a ConsoleMimic for one script: the console window (tree, details pane,
 * apply bar, task pane) and the dialogs drawn over it, all in one grid cell. Built once per
 * script and thrown away on the next; it holds no logic, so ConsoleMimic alone decides which
 * clicks are right and wires every signal.
 */
class ConsoleMimicView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleMimicView)

public:
    /** Tree items carry their ConsoleTreeNode key here, so lookups survive translated labels. */
    static constexpr int KeyRole = Qt::UserRole + 1;

    ConsoleMimicView(const ConsoleScript& script, QWidget* parent);
    ~ConsoleMimicView() override;

    MimicWindowFrame* window() const { return m_window; }
    QTreeWidget* tree() const { return m_tree; }
    QStackedWidget* details() const { return m_details; }
    QLabel* detailsHeading() const { return m_detailsHeading; }
    /** The tabbed details page, or nullptr when the script has no details tabs. */
    QTabWidget* detailsTabs() const { return m_detailsTabs; }
    QTabWidget* taskPane() const { return m_taskPane; }
    QStackedWidget* taskLinks() const { return m_taskLinks; }
    /** The link the script wants clicked. */
    QPushButton* link() const { return m_link; }
    /** Its neighbours, which are never the right click. */
    const QList<QPushButton*>& otherLinks() const { return m_otherLinks; }
    QFrame* applyBar() const { return m_applyBar; }
    QPushButton* applyButton() const { return m_apply; }
    IpPreferencesDialogMimic* dialog() const { return m_dialog; }
    MimicWindowFrame* saveDialog() const { return m_saveDialog; }
    QPushButton* saveOkButton() const { return m_saveOk; }
    /** Controls that are never the right answer (Discard, the dialog's other buttons). */
    const QList<QAbstractButton*>& wrongButtons() const { return m_wrongButtons; }

private:
    void buildTree(const ConsoleScript& script);
    void buildDetailsColumn(const ConsoleScript& script);
    QWidget* buildDetailsPage(const ConsoleScript& script);
    void buildTaskPane(const ConsoleScript& script);
    QWidget* buildTaskLinks(const ConsoleScript& script, bool forLinkNode);
    void buildSaveDialog();
    /** Adds one MMC-style hyperlink to @p layout and records it as the link or a neighbour. */
    void addLink(const ConsoleScript& script, const char* english, QWidget* parent, QLayout* layout);

    MimicWindowFrame* m_window = nullptr;
    QTreeWidget* m_tree = nullptr;
    QWidget* m_detailsColumn = nullptr;
    QStackedWidget* m_details = nullptr;
    QLabel* m_detailsHeading = nullptr;
    QTabWidget* m_detailsTabs = nullptr;
    QTabWidget* m_taskPane = nullptr;
    QStackedWidget* m_taskLinks = nullptr;
    QPushButton* m_link = nullptr;
    QList<QPushButton*> m_otherLinks;
    QFrame* m_applyBar = nullptr;
    QPushButton* m_apply = nullptr;
    IpPreferencesDialogMimic* m_dialog = nullptr;
    MimicWindowFrame* m_saveDialog = nullptr;
    QPushButton* m_saveOk = nullptr;
    QList<QAbstractButton*> m_wrongButtons;
};
