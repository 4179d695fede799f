#pragma once

#include <QStyledItemDelegate>

namespace ad {

// Paints one board card: name, account and owner, tier badge, readiness,
// days in the column (warning colour past a threshold) and the flags the data
// raises. Cards are painted, not widgets: 10,000 of them cost nothing off screen.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CardDelegate(QObject *parent = nullptr);

    // Days in a column after which the count turns to a warning; 0: never.
    void setStaleAfterDays(int days) { m_staleAfterDays = days; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Every board card's frame (border, selection, keyboard focus), shared by the
    // request cards; returns the rect inside the padding, where the text goes.
    // The painter is left with antialiasing on.
    static QRect paintCardFrame(QPainter *painter, const QStyleOptionViewItem &option);
    // The height of a card of `lines` lines of text, frame and padding included.
    static int cardHeight(const QStyleOptionViewItem &option, int lines, int extra);

private:
    int m_staleAfterDays = 0;
};

} // namespace ad
