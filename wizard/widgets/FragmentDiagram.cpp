// SPDX-License-Identifier: GPL-3.0-or-later
#include "FragmentDiagram.h"

#include <QPainter>
#include <QPainterPath>

namespace {

void drawBox(QPainter& p, const QRectF& r, const QColor& fill, const QString& text)
{
    p.setPen(QPen(p.pen().color(), 1.5));
    p.setBrush(fill);
    p.drawRoundedRect(r, 6, 6);
    p.drawText(r.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void drawCross(QPainter& p, const QPointF& c, qreal size)
{
    p.save();
    p.setPen(QPen(QColor(200, 30, 30), size / 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(c + QPointF(-size, -size), c + QPointF(size, size));
    p.drawLine(c + QPointF(-size, size), c + QPointF(size, -size));
    p.restore();
}

} // namespace

FragmentDiagram::FragmentDiagram(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fragmentDiagram"));
    setAccessibleName(tr("Diagram: blocked IP fragments"));
    setAccessibleDescription(tr("The client sends Main Mode message 5 in three IP fragments. Only the first carries "
                                "the UDP port. The firewall blocks IP fragments, so none reaches the VPN service; the "
                                "client retransmits and finally reports Error 792."));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize FragmentDiagram::sizeHint() const
{
    return {640, heightForWidth(640)};
}

QSize FragmentDiagram::minimumSizeHint() const
{
    return {360, fontMetrics().lineSpacing() * 12};
}

int FragmentDiagram::heightForWidth(int width) const
{
    // Height grows with the text so that labels never overlap at 150 % or in long languages.
    return qMax(fontMetrics().lineSpacing() * 14, width * 9 / 20);
}

void FragmentDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.setPen(pal.color(QPalette::WindowText));
    const QFontMetricsF fm(font());
    const qreal line = fm.lineSpacing();
    const qreal w = width();
    const qreal h = height();

    // Three columns: client | the wire | server (firewall layer + VPN service).
    const qreal boxW = qMax(w * 0.18, fm.horizontalAdvance(QStringLiteral("MMMMMMMM")));
    const QRectF client(4, line * 2, boxW, h - line * 5);
    const QRectF server(w - boxW - 4, line * 2, boxW, h - line * 5);
    const QRectF wall(server.left() - boxW * 0.35, line * 2, boxW * 0.22, h - line * 5);

    p.drawText(QRectF(0, 0, w, line * 1.6), Qt::AlignHCenter | Qt::AlignTop,
               tr("IKE Main Mode message 5 (with certificate) is larger than the MTU"));

    drawBox(p, client, pal.color(QPalette::Base), tr("VPN client\n(L2TP/IPsec)"));
    drawBox(p, server, pal.color(QPalette::Base), tr("VPN service\n(IKE, UDP 500/4500)"));

    // The firewall: a brick-coloured wall with its setting written on it.
    p.save();
    p.setBrush(QColor(190, 90, 60));
    p.setPen(QPen(QColor(120, 50, 30), 1.5));
    p.drawRect(wall);
    p.restore();
    p.save();
    p.translate(wall.center());
    p.rotate(-90);
    p.setPen(Qt::white);
    p.drawText(QRectF(-wall.height() / 2, -wall.width() / 2, wall.height(), wall.width()), Qt::AlignCenter,
               tr("Firewall: Block IP fragments"));
    p.restore();
    p.drawText(QRectF(wall.left() - boxW * 0.3, client.bottom() + 2, server.right() - wall.left() + boxW * 0.3, line * 2.4),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, tr("ISA Server / Forefront TMG"));

    // The fragments of MM5 travelling right; only the first carries the UDP header.
    const qreal laneLeft = client.right() + 12;
    const qreal laneRight = wall.left() - 10;
    const qreal fragW = (laneRight - laneLeft) / 3.4;
    const qreal fragH = line * 2.6;
    const QColor colours[] = {QColor(70, 130, 200), QColor(110, 160, 215), QColor(110, 160, 215)};
    const QString labels[] = {tr("Fragment 1\nIP + UDP 500 + IKE"), tr("Fragment 2\nIP + data (no port)"),
                              tr("Fragment 3\nIP + data (no port)")};
    const qreal top = client.top() + line * 0.5;
    for (int i = 0; i < 3; ++i) {
        const QRectF frag(laneLeft + i * fragW * 1.12, top + i * (fragH + line * 0.6), fragW, fragH);
        p.save();
        p.setBrush(colours[i]);
        p.setPen(QPen(colours[i].darker(140), 1));
        p.drawRoundedRect(frag, 4, 4);
        p.setPen(Qt::white);
        p.drawText(frag.adjusted(3, 2, -3, -2), Qt::AlignCenter | Qt::TextWordWrap, labels[i]);
        p.restore();
        // Arrow to the wall, where it is dropped.
        const qreal y = frag.center().y();
        p.save();
        p.setPen(QPen(pal.color(QPalette::WindowText), 1.2, Qt::DashLine));
        p.drawLine(QPointF(frag.right() + 2, y), QPointF(wall.left() - 4, y));
        p.restore();
        drawCross(p, QPointF(wall.left() - 6, y), line * 0.35);
    }

    // The consequence, under the fragments.
    const QRectF consequence(laneLeft, top + 3 * (fragH + line * 0.6), laneRight - laneLeft + wall.width(),
                             client.bottom() - (top + 3 * (fragH + line * 0.6)));
    p.drawText(consequence, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("No answer (MM6) comes back. The client sends MM5 again after about 1, 2, 4, 8 and 16 seconds, then "
                  "gives up: Error 792."));
}
