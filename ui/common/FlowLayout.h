#pragma once

#include <QLayout>
#include <QList>

namespace ad {

// Lays its items out left to right and wraps onto the next row when the width
// runs out: a filter bar that fits a 1024 px window (and less) on two rows
// instead of pushing the window wider. Its minimum width is its widest item's;
// on a wide window it looks like a QHBoxLayout.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // Takes the rest of its row: what follows sits at the row's right end.
    void addStretch();
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places (or with `apply` false only measures) the items in `rect`;
    // returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace ad
