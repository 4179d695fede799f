#include "../core/ProgrammeFixture.h"
#include "DefaultLocale.h"
#include "myday/MyDayPage.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class MyDayTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        Account harbour = account(QStringLiteral("Harbour Logistics"));
        ada = enrolled(QStringLiteral("ada@harbour.example"), harbour.id);
        bo = temp.makeAdvocate(QStringLiteral("bo@harbour.example"), harbour.id, QStringLiteral("Bo Tan"));
        Participation talk;
        talk.advocateId = ada.id;
        talk.activityTypeId = activity(QStringLiteral("Reference call"));
        talk.occurredOn = daysAgo(10);
        ASSERT_TRUE(services().engagement().recordContribution(talk).ok());
        temp.clock().advanceDays(-40); // nominate Bo 40 days ago
        ASSERT_TRUE(services().nominations().nominate(bo.id, QStringLiteral("Promoter")).ok());
        temp.clock().advanceDays(40);
        Request r = request(QStringLiteral("Reference call"));
        ASSERT_TRUE(services().requests().recordAsk(r.id, ada.id).ok());
    }

    // The lists come from the page's read thread: wait for them.
    static bool listsIn(MyDayPage &page)
    {
        return QTest::qWaitFor([&page] { return !page.isLoading(); }, 10000);
    }

    static QStringList column(QTableWidget *table, int column)
    {
        QStringList values;
        for (int row = 0; row < table->rowCount(); ++row)
            values << table->item(row, column)->text();
        return values;
    }

    Advocate ada, bo;
};

TEST_F(MyDayTest, ListsWhatIsDueAwaitedUntouchedAndStuck)
{
    MyDayPage page(services());
    page.show();
    EXPECT_TRUE(page.isLoading()) << "the lists are read off the window's thread";
    ASSERT_TRUE(listsIn(page));
    EXPECT_TRUE(column(page.followUps(), 1).contains(QStringLiteral("ada")));
    EXPECT_EQ(column(page.pendingAsks(), 1), QStringList{QStringLiteral("ada")});
    EXPECT_EQ(column(page.untouched(), 1), QStringList{QStringLiteral("ada")}); // enrolled, never touched
    EXPECT_EQ(column(page.stuck(), 1), QStringList{QStringLiteral("Bo Tan")});
}

TEST_F(MyDayTest, DatesAreWrittenTheLocalesWayNeverAsIso)
{
    // "Thank ada for the Reference call on …": the date inside the sentence the
    // core writes too, not only the page's own date columns.
    const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    const QList<QPair<QString, QString>> contributedOn = {
        {QStringLiteral("en"), QStringLiteral("Jun 5, 2026")},
        {QStringLiteral("zh_TW"), QStringLiteral("2026年6月5日")},
        {QStringLiteral("ms"), QStringLiteral("5 Jun 2026")}};
    for (const auto &[name, date] : contributedOn) {
        const test::DefaultLocale locale{QLocale(name)};
        MyDayPage page(services());
        page.show();
        ASSERT_TRUE(listsIn(page));
        int cells = 0;
        for (QTableWidget *table : {page.followUps(), page.pendingAsks(), page.untouched(), page.stuck()})
            for (int row = 0; row < table->rowCount(); ++row)
                for (int column = 0; column < table->columnCount(); ++column)
                    if (const QTableWidgetItem *item = table->item(row, column)) {
                        ++cells;
                        EXPECT_FALSE(item->text().contains(iso))
                            << name.toStdString() << ": " << item->text().toStdString();
                    }
        EXPECT_GT(cells, 8);
        const QString thanks = column(page.followUps(), 2).join(QLatin1Char('\n'));
        EXPECT_TRUE(thanks.contains(date)) << name.toStdString() << ": " << thanks.toStdString();
    }
}

TEST_F(MyDayTest, ColumnsFitALongListAndKeepSizingToIt)
{
    // The lists are filled with their columns' sizing suspended (ListTableRefill):
    // afterwards they fit what they hold and size to their contents again.
    const Account ward = account(QStringLiteral("Ward Clinics"));
    constexpr int kMore = 40;
    for (int i = 0; i < kMore; ++i)
        enrolled(QStringLiteral("member%1@ward.example").arg(i), ward.id);
    MyDayPage page(services());
    page.show();
    ASSERT_TRUE(listsIn(page));
    QTableWidget *table = page.untouched();
    ASSERT_EQ(table->rowCount(), kMore + 1);
    QHeaderView *header = table->horizontalHeader();
    EXPECT_EQ(header->sectionResizeMode(1), QHeaderView::ResizeToContents);
    EXPECT_EQ(header->sectionResizeMode(2), QHeaderView::Stretch);
    EXPECT_TRUE(table->updatesEnabled());
    int widest = 0;
    for (const QString &name : column(table, 1))
        widest = qMax(widest, table->fontMetrics().horizontalAdvance(name));
    EXPECT_GT(header->sectionSize(1), widest);
}

TEST_F(MyDayTest, FillsItsListsOnlyOnceShown)
{
    // A page built but not shown (the window opened on another) reads nothing.
    MyDayPage page(services());
    EXPECT_EQ(page.followUps()->rowCount(), 0);
    page.reload(); // a reload while hidden waits too
    EXPECT_FALSE(page.isLoading());
    EXPECT_EQ(page.stuck()->rowCount(), 0);
    page.show();
    ASSERT_TRUE(listsIn(page));
    EXPECT_TRUE(column(page.followUps(), 1).contains(QStringLiteral("ada")));
    EXPECT_EQ(column(page.stuck(), 1), QStringList{QStringLiteral("Bo Tan")});
}

TEST_F(MyDayTest, OneClickLogsTheThankYou)
{
    MyDayPage page(services());
    page.show();
    ASSERT_TRUE(listsIn(page));
    QPushButton *thank = nullptr;
    for (int row = 0; row < page.followUps()->rowCount(); ++row)
        if (auto *button = qobject_cast<QPushButton *>(page.followUps()->cellWidget(row, 3));
            button && button->text() == QStringLiteral("Log Thank-you"))
            thank = button;
    ASSERT_TRUE(thank);
    QTest::mouseClick(thank, Qt::LeftButton);
    auto appreciations = services().engagement().appreciations(ada.id);
    ASSERT_EQ(appreciations->size(), 1);
    EXPECT_EQ(appreciations->first().kind, AppreciationKind::ThankYouNote);
    ASSERT_TRUE(listsIn(page));
    EXPECT_FALSE(column(page.followUps(), 2)
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("thank"), Qt::CaseInsensitive));
}

TEST_F(MyDayTest, TouchingAnAdvocateTakesThemOffTheUntouchedList)
{
    Touch touch;
    touch.advocateId = ada.id;
    touch.occurredOn = daysAgo(5);
    ASSERT_TRUE(services().engagement().logTouch(touch).ok());
    EXPECT_TRUE(services().myDay().untouched()->isEmpty());
    touch.occurredOn = daysAgo(100);
    EXPECT_TRUE(services().myDay().untouched()->isEmpty()); // the latest touch counts
}

} // namespace
