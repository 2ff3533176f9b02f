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
    setAccessibleDescription(
        tr("The client sends Main Mode message 5 in three IP fragments. Only the first carries "
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
    // Height follows the text (so labels never overlap at 150 % or in long languages), not
    // the width: a wide window must not turn the picture into empty boxes.
    Q_UNUSED(width);
    return fontMetrics().lineSpacing() * 16;
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

    // Rows: title, the three columns (client | fragments on the wire | server), the
    // server's caption, then the consequence. Everything is measured in text lines.
    const qreal boxW = qMax(w * 0.18, fm.horizontalAdvance(QStringLiteral("MMMMMMMM")));
    const qreal top = line * 2;
    const qreal fragH = line * 2.2;
    const qreal gap = line * 0.35;
    const qreal boxH = 3 * fragH + 4 * gap;
    const QRectF client(4, top, boxW, boxH);
    const QRectF server(w - boxW - 8, top, boxW, boxH);
    const QRectF wall(server.left() - boxW * 0.3, top, boxW * 0.16, boxH);

    p.drawText(QRectF(0, 0, w, line * 1.6), Qt::AlignHCenter | Qt::AlignTop,
               tr("IKE Main Mode message 5 (with certificate) is larger than the MTU"));

    drawBox(p, client, pal.color(QPalette::Base), tr("VPN client\n(L2TP/IPsec)"));
    drawBox(p, server, pal.color(QPalette::Base), tr("VPN service\n(IKE, UDP 500/4500)"));

    // The firewall: a brick-coloured wall.
    p.save();
    p.setBrush(QColor(190, 90, 60));
    p.setPen(QPen(QColor(120, 50, 30), 1.5));
    p.drawRect(wall);
    for (qreal y = wall.top() + line * 0.8; y < wall.bottom(); y += line * 0.8)
        p.drawLine(QPointF(wall.left(), y), QPointF(wall.right(), y));
    p.restore();

    // Firewall and VPN service are one machine: the ISA/TMG server.
    const QRectF machine(wall.left() - 4, top - line * 0.3, w - wall.left(), boxH + line * 0.6);
    p.save();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DashLine));
    p.drawRoundedRect(machine, 8, 8);
    p.restore();
    const QRectF caption(client.right() + 12, machine.bottom() + 2, w - client.right() - 20, line * 2.2);
    p.drawText(caption, Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap,
               tr("ISA Server / Forefront TMG: the firewall has \"Block IP fragments\" on"));

    // The fragments of MM5 travelling right; only the first carries the UDP header.
    const qreal laneLeft = client.right() + 12;
    const qreal laneRight = wall.left() - 12;
    const qreal fragW =
        qMin((laneRight - laneLeft) / 2.4, fm.horizontalAdvance(QStringLiteral("MMMMMMMMMMMMMMMM")));
    const QColor colours[] = {QColor(40, 100, 180), QColor(70, 130, 200), QColor(70, 130, 200)};
    const QString labels[] = {tr("Fragment 1\nIP + UDP 500 + IKE"), tr("Fragment 2\nIP + data (no port)"),
                              tr("Fragment 3\nIP + data (no port)")};
    for (int i = 0; i < 3; ++i) {
        const qreal x = laneLeft + i * (laneRight - laneLeft - fragW) / 2.0;
        const QRectF frag(x, top + gap + i * (fragH + gap), fragW, fragH);
        p.save();
        p.setBrush(colours[i]);
        p.setPen(QPen(colours[i].darker(140), 1));
        p.drawRoundedRect(frag, 4, 4);
        p.setPen(Qt::white);
        p.drawText(frag.adjusted(3, 1, -3, -1), Qt::AlignCenter | Qt::TextWordWrap, labels[i]);
        p.restore();
        // Arrow to the wall, where it is dropped.
        const qreal y = frag.center().y();
        if (frag.right() + 4 < wall.left() - 8) {
            p.save();
            p.setPen(QPen(pal.color(QPalette::WindowText), 1.2, Qt::DashLine));
            p.drawLine(QPointF(frag.right() + 2, y), QPointF(wall.left() - 4, y));
            p.restore();
        }
        drawCross(p, QPointF(wall.left() - 6, y), line * 0.35);
    }

    // The consequence, under everything.
    const QRectF consequence(4, caption.bottom() + line * 0.4, w - 8, h - caption.bottom() - line * 0.4);
    p.drawText(consequence, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("No answer (MM6) comes back. The client sends MM5 again after about 1, 2, 4, 8 and 16 "
                  "seconds, then "
                  "gives up: Error 792."));
}
