#include "RequestCardDelegate.h"

#include "RequestBoardSource.h"
#include "board/CardDelegate.h"
#include "util/Formats.h"

#include <QPainter>

namespace ad {

RequestCardDelegate::RequestCardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize RequestCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(200, CardDelegate::cardHeight(option, 4, 12));
}

void RequestCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const QRect content = CardDelegate::paintCardFrame(painter, option);
    QFont boldFont = option.font;
    boldFont.setBold(true);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics boldMetrics(boldFont);
    const QFontMetrics smallMetrics(smallFont);
    const QColor muted = palette.color(QPalette::PlaceholderText);

    // Line 1: opportunity, and the deal size on the right.
    const QString deal = index.data(RequestBoardSource::DealTextRole).toString();
    const int dealWidth = smallMetrics.horizontalAdvance(deal) + 6;
    QRect line(content.left(), content.top(), content.width(), boldMetrics.height());
    painter->setFont(smallFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, deal);
    painter->setFont(boldFont);
    painter->drawText(line.adjusted(0, 0, -dealWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, line.width() - dealWidth));

    const auto smallLine = [&](const QString &text, const QColor &colour) {
        line.translate(0, line.height() + 1);
        line.setHeight(smallMetrics.height());
        painter->setFont(smallFont);
        painter->setPen(colour);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(text, Qt::ElideRight, line.width()));
    };
    // Line 2: requester · activity type. Line 3: the prospect.
    QStringList who;
    for (int role : {int(RequestBoardSource::RequesterRole), int(RequestBoardSource::ActivityRole)})
        if (const QString text = index.data(role).toString(); !text.isEmpty())
            who << text;
    smallLine(who.join(QStringLiteral(" · ")), palette.color(QPalette::Text));
    // Without an opportunity the title already is the prospect company.
    QString prospect = index.data(BoardModel::AccountRole).toString();
    if (prospect == index.data().toString())
        prospect.clear();
    const QString where = index.data(RequestBoardSource::ProspectRole).toString();
    if (!where.isEmpty())
        prospect = prospect.isEmpty() ? where : tr("%1 · %2").arg(prospect, where);
    smallLine(prospect, muted);

    // Line 4: needed-by (a warning when overdue or close), then who was asked.
    line.translate(0, line.height() + 4);
    QPoint at = line.topLeft();
    const QVariant daysLeft = index.data(RequestBoardSource::DaysLeftRole);
    painter->setFont(smallFont);
    if (daysLeft.isValid()) {
        const int days = daysLeft.toInt();
        // "10 Dec", with the year only when it is not this one: room for who was asked.
        const QDate neededBy = index.data(RequestBoardSource::NeededByRole).toDate();
        const QDate today = neededBy.addDays(-days); // the app's clock, as the source read it
        const QString date =
            neededBy.year() == today.year() ? Formats::dayAndMonth(neededBy) : Formats::date(neededBy);
        const bool open = index.data(RequestBoardSource::IsOpenRole).toBool();
        const QString text = !open     ? tr("Needed by %1").arg(date)
                             : days < 0 ? tr("Overdue %1").arg(date)
                                        : tr("Due %1").arg(date);
        QColor fill = palette.color(QPalette::AlternateBase);
        QColor ink = muted;
        if (!open) {
            // Done or closed: the date is history, not a warning.
        } else if (days < 0) {
            fill = QColor(0xf6, 0xd5, 0xd5);
            ink = QColor(0x9b, 0x1c, 0x1c);
        } else if (days <= m_closeWithinDays) {
            fill = QColor(0xfb, 0xea, 0xc6);
            ink = QColor(0x8a, 0x5a, 0x00);
        }
        const QRect pill(at, QSize(smallMetrics.horizontalAdvance(text) + 8, smallMetrics.height() + 2));
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(ink);
        painter->drawText(pill, Qt::AlignCenter, text);
        at.rx() += pill.width() + 4;
    }
    const QString asked = index.data(RequestBoardSource::AskedAdvocateRole).toString();
    if (!asked.isEmpty()) {
        const QRect rest(at, QPoint(line.right(), at.y() + smallMetrics.height() + 1));
        painter->setPen(muted);
        painter->drawText(rest, Qt::AlignRight | Qt::AlignVCenter,
                          smallMetrics.elidedText(tr("Asked: %1").arg(asked), Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

} // namespace ad
