#pragma once

#include <QWidget>

namespace ad {

class BoardModel;

// A collapsed board column: a narrow strip with the title written upwards and
// the card count. Cards dropped on it move into the column all the same.
class CollapsedColumn : public QWidget
{
    Q_OBJECT

public:
    CollapsedColumn(BoardModel *model, int column, QWidget *parent = nullptr);

    QSize sizeHint() const override;

signals:
    void expandRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    BoardModel *m_model;
    int m_column;
    bool m_dropTarget = false;
};

} // namespace ad
