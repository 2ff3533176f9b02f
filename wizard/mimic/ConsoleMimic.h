// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mimic/ConsoleScript.h"

#include <QWidget>

class ConsoleMimicView;
class IpPreferencesDialogMimic;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * A product's management console drawn with widgets, in the MMC three-pane layout: console
 * tree, details pane, task pane (Tasks and Help tabs). The technician clicks through it;
 * the next place to click is highlighted, the right click advances the script and a wrong
 * one is undone with a hint. Mouse and keyboard go through the same checks (the widgets'
 * own signals), so the mimic can be driven without a mouse.
 */
class ConsoleMimic : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleMimic)

public:
    explicit ConsoleMimic(QWidget* parent = nullptr);
    ~ConsoleMimic() override;

    /** Rebuilds the console for @p script and starts at its first step. */
    void setScript(const ConsoleScript& script);
    const ConsoleScript& script() const { return m_script; }
    int currentStep() const { return m_step; }
    bool isCompleted() const { return m_step >= m_script.steps.size(); }
    QString lastHint() const { return m_lastHint; }
    int wrongClicks() const { return m_wrongClicks; }

    /** The console tree once a script is set, else nullptr. */
    QTreeWidget* tree() const;
    QTreeWidgetItem* treeItem(const QString& key) const;
    /** The IP Preferences dialog while it is open, else nullptr. */
    IpPreferencesDialogMimic* dialog() const;

signals:
    void stepChanged(int step);
    void completed();
    void wrongClick(const QString& hint);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /** Replaces the console widgets with a fresh ConsoleMimicView for m_script and wires it up. */
    void build();
    void rejectAllClicks(QWidget* widget);

    bool expects(MimicTarget target, const QString& key = QString()) const;
    /** True once a step of kind @p target lies behind the current one. */
    bool stepPassed(MimicTarget target) const;
    void advance();
    void reject();
    void updateInstruction();
    void updateHighlight();
    void showNode(const QString& key);

    void onTreeCurrentChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous);
    void onTreeClicked(QTreeWidgetItem* item);
    void onTreeExpanded(QTreeWidgetItem* item);
    void onDetailsTabChanged(int index);
    void onTaskTabChanged(int index);
    void onLinkClicked(QPushButton* link);
    void onDialogTabChanged(int index);
    void onFragmentToggled(bool checked);
    void onDialogOk();
    void onApply();
    void onSaveOk();

    ConsoleScript m_script;
    int m_step = 0;
    int m_wrongClicks = 0;
    bool m_guard = false; // true while the mimic changes its own widgets
    bool m_treeMousePress = false;
    QString m_lastAcceptedNode;
    QString m_lastHint;

    QLabel* m_note;
    QLabel* m_instruction;
    QLabel* m_hint;
    ConsoleMimicView* m_view = nullptr; // console window plus the dialogs drawn over it
};
