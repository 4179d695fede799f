#include "CardDelegate.h"

#include "BoardModel.h"
#include "common/TierColours.h"
#include "domain/Enums.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ad {

namespace {

constexpr int kMargin = 4;
constexpr int kPadding = 8;

// A small rounded label; returns its width so the next can follow.
int drawPill(QPainter *painter, const QPoint &topLeft, const QString &text, const QColor &fill,
             const QColor &textColour, const QFont &font)
{
    const QFontMetrics metrics(font);
    const QRect box(topLeft, QSize(metrics.horizontalAdvance(text) + 10, metrics.height() + 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, box.height() / 2.0, box.height() / 2.0);
    painter->setPen(textColour);
    painter->setFont(font);
    painter->drawText(box, Qt::AlignCenter, text);
    return box.width();
}

} // namespace

CardDelegate::CardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

int CardDelegate::cardHeight(const QStyleOptionViewItem &option, int lines, int extra)
{
    const QFontMetrics metrics(option.font);
    return lines * metrics.height() + 2 * kPadding + 2 * kMargin + extra;
}

QRect CardDelegate::paintCardFrame(QPainter *painter, const QStyleOptionViewItem &option)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(card).adjusted(2.5, 2.5, -2.5, -2.5), 5, 5);
    }
    return card.adjusted(kPadding, kPadding - 2, -kPadding, -kPadding);
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(200, cardHeight(option, 3, 10));
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const QRect content = paintCardFrame(painter, option);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(smallFont);

    // Line 1: name, and the readiness score on the right.
    const QString readiness = tr("R %1").arg(index.data(BoardModel::ReadinessRole).toInt());
    const int readinessWidth = smallMetrics.horizontalAdvance(readiness) + 4;
    QRect line(content.left(), content.top(), content.width(), nameMetrics.height());
    painter->setFont(smallFont);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, readiness);
    painter->setFont(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(
        line.adjusted(0, 0, -readinessWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, line.width() - readinessWidth));

    // Line 2: account · owner.
    line.translate(0, nameMetrics.height() + 1);
    line.setHeight(smallMetrics.height());
    QString detail = index.data(BoardModel::AccountRole).toString();
    const QString owner = index.data(BoardModel::OwnerRole).toString();
    if (!owner.isEmpty())
        detail += QStringLiteral(" · ") + owner;
    painter->setFont(smallFont);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(detail, Qt::ElideRight, line.width()));

    // Line 3: tier badge, flags, and days in this column on the right.
    line.translate(0, smallMetrics.height() + 5);
    const int days = index.data(BoardModel::DaysInColumnRole).toInt();
    const QString daysText = tr("%1 d").arg(days);
    const bool stale = m_staleAfterDays > 0 && days > m_staleAfterDays;
    painter->setPen(stale ? QColor(0xd1, 0x43, 0x43) : palette.color(QPalette::PlaceholderText));
    QFont daysFont = smallFont;
    daysFont.setBold(stale);
    painter->setFont(daysFont);
    painter->drawText(QRect(line.left(), line.top(), line.width(), smallMetrics.height() + 2),
                      Qt::AlignRight | Qt::AlignVCenter, daysText);

    QPoint at = line.topLeft();
    const auto tier = static_cast<Tier>(index.data(BoardModel::TierRole).toInt());
    at.rx() +=
        drawPill(painter, at, displayName(tier), TierColours::fill(tier), TierColours::ink(tier), smallFont) +
        4;
    if (index.data(BoardModel::AskCapRole).toBool())
        at.rx() += drawPill(painter, at, tr("Ask cap"), QColor(0xf6, 0xd5, 0xd5), QColor(0x9b, 0x1c, 0x1c),
                            smallFont) +
                   4;
    if (index.data(BoardModel::ThankYouDueRole).toBool())
        drawPill(painter, at, tr("Thank-you due"), QColor(0xfb, 0xea, 0xc6), QColor(0x8a, 0x5a, 0x00),
                 smallFont);
    painter->restore();
}

} // namespace ad
