// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLineEdit;

/**
 * Shown instead of the live-capture controls when this process may not capture: the exact
 * command that grants the capabilities to this executable, never "run as root".
 */
class CapturePermissionPanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturePermissionPanel)

public:
    explicit CapturePermissionPanel(QWidget* parent = nullptr);

private:
    void copyCommand();

    QLineEdit* m_command;
};
