#include "../core/ProgrammeFixture.h"
#include "DefaultLocale.h"
#include "myday/MyDayPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

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
            if (const QTableWidgetItem *item = table->item(row, column))
                values << item->text();
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

namespace {

// The signed-in user ("tester", as TempDatabase acts) is a CSM here, with
// advocates of their own and a colleague's beside them.
class MyDayOwnItemsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(services().users().create(QStringLiteral("tester"), UserRole::Csm).ok());
        auto other = services().users().create(QStringLiteral("Omar Colleague"), UserRole::Csm);
        ASSERT_TRUE(other.ok());
        // A month to thank someone: due dates a week, three days and twenty days out fit in it.
        ProgrammeRules rules = services().rules();
        rules.thankYouDueDays = 30;
        ASSERT_TRUE(services().settings().save(rules).ok());
        Account input;
        input.name = QStringLiteral("Harbour Logistics");
        auto harbour = services().accounts().create(input);
        ASSERT_TRUE(harbour.ok());
        const auto me = services().users().findByName(QStringLiteral("tester"));
        ASSERT_TRUE(me.ok() && me->has_value());
        mine = own(
            temp.makeAdvocate(QStringLiteral("mia@harbour.example"), harbour->id, QStringLiteral("Mia Mine")),
            (*me)->id);
        theirs = own(temp.makeAdvocate(QStringLiteral("theo@harbour.example"), harbour->id,
                                       QStringLiteral("Theo Theirs")),
                     other->id);
        // Due (occurred + 30 days): 10 days ago, in 3 days, in 20 days; and the colleague's, overdue.
        for (int ago : {40, 27, 10})
            contribute(mine.id, ago);
        contribute(theirs.id, 35);
    }

    Services &services() { return temp.services(); }
    QDate today() const { return QDate(2026, 6, 15); }

    Advocate own(Advocate advocate, const QString &ownerId)
    {
        advocate.ownerId = ownerId;
        EXPECT_TRUE(services().advocates().update(advocate).ok());
        return advocate;
    }

    void contribute(const QString &advocateId, int daysAgo)
    {
        auto call = services().activityTypes().find(QStringLiteral("Reference call"));
        ASSERT_TRUE(call.ok() && call->has_value());
        Participation talk;
        talk.advocateId = advocateId;
        talk.activityTypeId = (*call)->id;
        talk.occurredOn = today().addDays(-daysAgo);
        ASSERT_TRUE(services().engagement().recordContribution(talk).ok());
    }

    static bool listsIn(MyDayPage &page)
    {
        return QTest::qWaitFor([&page] { return !page.isLoading(); }, 10000);
    }

    // The follow-ups as read down the table: "# heading" for a heading row, else the advocate.
    static QStringList followUpRows(const MyDayPage &page)
    {
        QStringList rows;
        QTableWidget *table = page.followUps();
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem *first = table->item(row, 0);
            if (first && first->data(MyDayPage::DueGroupRole).isValid())
                rows << QStringLiteral("# ") + first->text();
            else if (const QTableWidgetItem *who = table->item(row, 1))
                rows << who->text();
        }
        return rows;
    }

    test::TempDatabase temp;
    Advocate mine, theirs;
};

TEST_F(MyDayOwnItemsTest, OpensOnTheSignedInCsmsOwnItemsGroupedByWhenTheyAreDue)
{
    MyDayPage page(services());
    QAbstractItemModelTester tester(page.followUps()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    ASSERT_TRUE(listsIn(page));
    EXPECT_TRUE(page.csmBox()->currentText().contains(QStringLiteral("tester")));
    EXPECT_FALSE(page.whoseNotice()->isVisible());
    EXPECT_EQ(followUpRows(page), (QStringList{QStringLiteral("# Overdue"), QStringLiteral("Mia Mine"),
                                               QStringLiteral("# Due this week"), QStringLiteral("Mia Mine"),
                                               QStringLiteral("# Later"), QStringLiteral("Mia Mine")}));
    // A heading is not a row to select or open.
    EXPECT_FALSE(page.followUps()->item(0, 0)->flags() & Qt::ItemIsSelectable);
    EXPECT_EQ(page.followUps()->columnSpan(0, 0), page.followUps()->columnCount());

    // Everyone's: the colleague's overdue item joins the first group.
    page.csmBox()->setCurrentIndex(0);
    ASSERT_TRUE(listsIn(page));
    EXPECT_EQ(page.csmBox()->currentText(), QStringLiteral("Everyone"));
    const QStringList everyone = followUpRows(page);
    EXPECT_EQ(everyone.mid(0, 3), (QStringList{QStringLiteral("# Overdue"), QStringLiteral("Mia Mine"),
                                               QStringLiteral("Theo Theirs")}));
    EXPECT_EQ(everyone.count(QStringLiteral("# Overdue")), 1);
}

TEST_F(MyDayOwnItemsTest, OnlyOverdueRowsAreRed)
{
    MyDayPage page(services());
    page.show();
    ASSERT_TRUE(listsIn(page));
    QTableWidget *table = page.followUps();
    int overdue = 0, other = 0;
    QVariant group;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->item(row, 1)) {
            group = table->item(row, 0)->data(MyDayPage::DueGroupRole);
            EXPECT_FALSE(table->item(row, 0)->data(Qt::ForegroundRole).isValid()) << "a heading is not red";
            continue;
        }
        const bool isOverdue = group.toInt() == int(MyDayPage::DueGroup::Overdue);
        for (int column = 0; column < 3; ++column) {
            const QVariant ink = table->item(row, column)->data(Qt::ForegroundRole);
            if (isOverdue) {
                ++overdue;
                ASSERT_TRUE(ink.isValid()) << row;
                const QColor colour = ink.value<QBrush>().color();
                EXPECT_GT(colour.red(), 2 * colour.green()) << row << ": red, for past its due date";
            } else {
                ++other;
                EXPECT_FALSE(ink.isValid()) << row << ": not due yet, so not red";
            }
        }
    }
    EXPECT_EQ(overdue, 3);
    EXPECT_EQ(other, 6);
    // The other lists count days, and none of them is a missed deadline.
    for (QTableWidget *list : {page.pendingAsks(), page.untouched(), page.stuck()})
        for (int row = 0; row < list->rowCount(); ++row)
            for (int column = 0; column < 3; ++column) {
                const QTableWidgetItem *item = list->item(row, column);
                EXPECT_TRUE(!item || !item->data(Qt::ForegroundRole).isValid());
            }
}

TEST_F(MyDayTest, SaysSoWhenTheSignedInUserOwnsNothingAndShowsEveryones)
{
    // "tester" is a programme manager here, with no advocates of their own.
    MyDayPage page(services());
    page.show();
    ASSERT_TRUE(listsIn(page));
    EXPECT_EQ(page.csmBox()->currentText(), QStringLiteral("Everyone"));
    EXPECT_TRUE(page.whoseNotice()->isVisible());
    EXPECT_TRUE(page.whoseNotice()->text().contains(QStringLiteral("tester")));
    EXPECT_TRUE(page.whoseNotice()->text().contains(QStringLiteral("whole team")));
    EXPECT_TRUE(column(page.followUps(), 1).contains(QStringLiteral("ada")));
}

TEST_F(MyDayTest, CountsAsksInWordsThatAgreeWithTheNumber)
{
    // Ada was asked once and not touched since: "asked 1 time", never "1 times".
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/advocatedesk_en.qm")));
    QCoreApplication::installTranslator(&english);
    MyDayPage page(services());
    page.show();
    const bool in = listsIn(page);
    const QString actions = column(page.followUps(), 2).join(QLatin1Char('\n'));
    QCoreApplication::removeTranslator(&english);
    ASSERT_TRUE(in);
    EXPECT_TRUE(actions.contains(QStringLiteral("Check in with ada: asked 1 time in the last")))
        << actions.toStdString();
    EXPECT_FALSE(actions.contains(QStringLiteral("1 times")));
}

} // namespace
