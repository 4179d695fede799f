#pragma once

#include <QScrollArea>

class QAbstractItemDelegate;
class QListView;

namespace ad {

class BoardColumnWidget;
class BoardModel;
class CardDelegate;

// The columns of a board side by side. Keyboard: arrows select (Left/Right go
// to the neighbouring column), Ctrl+Shift+Left/Right move the selected cards,
// Enter opens a card; the context menu offers "Move to…".
class BoardView : public QScrollArea
{
    Q_OBJECT

public:
    explicit BoardView(BoardModel *model, QWidget *parent = nullptr);

    BoardColumnWidget *columnWidget(int column) const { return m_columns.value(column); }
    CardDelegate *delegate() const { return m_delegate; }
    // Paints the cards with another delegate (a board whose cards are not advocates).
    void setCardDelegate(QAbstractItemDelegate *delegate);
    // The cards (advocates, on the advocate boards) selected in the focused column (or the last one used).
    QStringList selectedAdvocateIds() const;
    int currentColumn() const { return m_currentColumn; }
    // Selects a card and gives its column the focus, reading its column down to
    // it when needed; while the board loads, once the cards are in.
    void selectAdvocate(const QString &advocateId);

signals:
    void moveRequested(const QStringList &advocateIds, int toColumn);
    void advocateActivated(const QString &advocateId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusColumn(int column, int row);
    int neighbour(int column, int step) const;
    void showContextMenu(int column, const QPoint &globalPos);
    void refreshColumns();
    QString collapsedKey(int column) const;

    BoardModel *m_model;
    CardDelegate *m_delegate;
    QList<BoardColumnWidget *> m_columns;
    int m_currentColumn = 0;
    QString m_pendingSelection; // asked for while the board was loading
};

} // namespace ad
