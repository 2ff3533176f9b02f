// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperAccess.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

/**
 * Shown instead of the live-capture controls when this user may not capture: why, and the fix
 * for this user (join the helper's group and log in again, or grant the helper its
 * capabilities), with the exact command to paste; never "run as root".
 */
class CapturePermissionPanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturePermissionPanel)

public:
    /** Explains the live decision for the installed helper (CapturePermission::helperAccess). */
    explicit CapturePermissionPanel(QWidget* parent = nullptr);

    /** Shows the explanation and the command for @p decision about @p helper. */
    void showDecision(const HelperAccess::Decision& decision, const QString& helper);

private:
    void copyCommand();

    QLabel* m_text;
    QLineEdit* m_command;
    QPushButton* m_copy;
};
