// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

/**
 * The cause in one picture, drawn with QPainter so it follows the palette, the scale factor
 * and the language: the client sends Main Mode message 5 split into IP fragments; only the
 * first fragment carries the UDP header (the port); the firewall's "Block IP fragments"
 * drops them before the VPN service sees them, and the client retransmits until Error 792.
 */
class FragmentDiagram : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FragmentDiagram)

public:
    explicit FragmentDiagram(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};
