#include "common/ListTable.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace ad;

namespace {

// Counts how often the header asks the view to measure a column.
class MeasuredTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    int sizeHintForColumn(int column) const override
    {
        ++measured;
        return QTableWidget::sizeHintForColumn(column);
    }
    mutable int measured = 0;
};

void addRow(QTableWidget &table, int i)
{
    const int row = table.rowCount();
    table.insertRow(row);
    table.setItem(row, 0, new QTableWidgetItem(QStringLiteral("row %1").arg(i)));
    table.setItem(row, 1, new QTableWidgetItem(QStringLiteral("a longer cell, row %1").arg(i)));
    table.setCellWidget(row, 2, new QPushButton(QStringLiteral("Open")));
}

class ListTableTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table.horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        table.resize(800, 400);
        table.show();
    }

    MeasuredTable table{0, 3};
};

TEST_F(ListTableTest, ARefillMeasuresEachColumnOnceNotAfterEveryRow)
{
    constexpr int kRows = 200;
    table.measured = 0;
    {
        const ListTableRefill refill(&table);
        for (int i = 0; i < kRows; ++i)
            addRow(table, i);
        EXPECT_FALSE(table.updatesEnabled()) << "half-filled lists are not painted";
    }
    EXPECT_LT(table.measured, 20) << "a column was measured " << table.measured << " times for " << kRows
                                  << " rows";
    EXPECT_TRUE(table.updatesEnabled());
}

TEST_F(ListTableTest, AfterARefillColumnsSizeToTheirContentsAgain)
{
    {
        const ListTableRefill refill(&table);
        for (int i = 0; i < 30; ++i)
            addRow(table, i);
    }
    QHeaderView *header = table.horizontalHeader();
    EXPECT_EQ(header->sectionResizeMode(0), QHeaderView::ResizeToContents);
    EXPECT_EQ(header->sectionResizeMode(1), QHeaderView::Stretch);
    EXPECT_EQ(header->sectionResizeMode(2), QHeaderView::ResizeToContents);
    EXPECT_GT(header->sectionSize(0), table.fontMetrics().horizontalAdvance(QStringLiteral("row 29")));
    // A row added later, outside a refill, still widens its column.
    const int before = header->sectionSize(0);
    const int row = table.rowCount();
    table.insertRow(row);
    table.setItem(row, 0, new QTableWidgetItem(QStringLiteral("a much, much longer first cell than any")));
    EXPECT_GT(header->sectionSize(0), before);
}

} // namespace
