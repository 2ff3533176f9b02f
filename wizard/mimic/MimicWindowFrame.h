// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

/**
 * A window drawn inside the wizard: a classic Windows caption bar over a content area.
 * Used for the console itself and the dialogs it opens, so the mimic never opens real
 * top-level windows (they would hide behind the wizard and escape screenshots and tests).
 */
class MimicWindowFrame : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MimicWindowFrame)

public:
    explicit MimicWindowFrame(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QVBoxLayout* contentLayout() const { return m_content; }
    /**
     * A dialog drawn over the console keeps Tab and Shift+Tab among its own controls, as a
     * modal window does; otherwise a keyboard user would walk off into the console behind it.
     */
    void setModal(bool modal) { m_modal = modal; }

protected:
    bool focusNextPrevChild(bool next) override;

private:
    bool m_modal = false;
    QLabel* m_title;
    QVBoxLayout* m_content;
};
