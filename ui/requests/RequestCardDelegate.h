#pragma once

#include <QStyledItemDelegate>

namespace ad {

// Paints one request card: opportunity and deal size, requester and activity
// type, the prospect (industry · segment · region), the needed-by date — red
// when overdue, amber when close — and who was asked. Painted, not widgets.
class RequestCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RequestCardDelegate(QObject *parent = nullptr);

    // Needed-by within this many days shows as close.
    void setCloseWithinDays(int days) { m_closeWithinDays = days; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_closeWithinDays = 7;
};

} // namespace ad
