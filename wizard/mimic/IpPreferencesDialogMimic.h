// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mimic/MimicWindowFrame.h"

#include <QList>

class QAbstractButton;
class QCheckBox;
class QPushButton;
class QTabWidget;

/**
 * The "IP Preferences" dialog of ISA Server / TMG, drawn with widgets: tabs IP Options,
 * IP Fragments (and IP Routing on ISA), the "Block IP fragments" check box, OK/Cancel/Apply.
 * It holds no logic; ConsoleMimic decides which clicks are right.
 */
class IpPreferencesDialogMimic : public MimicWindowFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpPreferencesDialogMimic)

public:
    /** @p tabs are English labels (translated beside them). */
    IpPreferencesDialogMimic(const char* title, const QList<const char*>& tabs, bool fragmentsBlocked,
                             QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QCheckBox* fragmentCheckbox() const { return m_blockFragments; }
    QPushButton* okButton() const { return m_ok; }
    /** Every other clickable control: all of them are wrong clicks in this scenario. */
    QList<QAbstractButton*> otherButtons() const { return m_others; }
    /** Index of the tab whose English label is @p english, or -1. */
    int tabIndex(const QString& english) const;

private:
    QWidget* ipOptionsTab();
    QWidget* ipFragmentsTab(bool blocked);
    QWidget* ipRoutingTab();

    QTabWidget* m_tabs;
    QCheckBox* m_blockFragments = nullptr;
    QPushButton* m_ok = nullptr;
    QList<QAbstractButton*> m_others;
};
