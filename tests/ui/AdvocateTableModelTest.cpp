#include "advocates/AdvocateTableModel.h"
#include "TempDatabase.h"
#include "demo/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ad;

namespace {

constexpr int kDemoAdvocates = 450; // more than two pages of 200

class AdvocateTableModelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // One demo programme shared by every case: generating it is the slow part.
        s_temp = new test::TempDatabase;
        DemoGenerator generator(s_temp->db(), s_temp->clock());
        Status status = generator.generate(DemoOptions{kDemoAdvocates, 11});
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_temp;
        s_temp = nullptr;
    }

    Services &services() { return s_temp->services(); }

    QStringList column(const AdvocateTableModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

    static test::TempDatabase *s_temp;
};

test::TempDatabase *AdvocateTableModelTest::s_temp = nullptr;

TEST_F(AdvocateTableModelTest, PassesTheItemModelTesterThroughFetchSortAndSearch)
{
    AdvocateTableModel model(services());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.sort(AdvocateTableModel::ReadinessColumn, Qt::DescendingOrder);
    model.setSearchText(QStringLiteral("a"));
    model.setSearchText(QStringLiteral("zzzz-nobody"));
    model.setSearchText({});
    model.sort(AdvocateTableModel::NpsColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.columnCount(), AdvocateTableModel::ColumnCount);
}

TEST_F(AdvocateTableModelTest, LoadsOnePageAtATimeUntilEveryoneIsThere)
{
    AdvocateTableModel model(services());
    EXPECT_EQ(model.totalCount(), kDemoAdvocates);
    EXPECT_EQ(model.rowCount(), AdvocateTableModel::kPageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * AdvocateTableModel::kPageSize);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), kDemoAdvocates);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(AdvocateTableModelTest, HeadersNameTheSixColumns)
{
    AdvocateTableModel model(services());
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    EXPECT_EQ(headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Account"), QStringLiteral("Tier"),
                                    QStringLiteral("Journey stage"), QStringLiteral("Latest NPS"),
                                    QStringLiteral("Readiness")}));
}

TEST_F(AdvocateTableModelTest, SortsByReadinessInTheDatabaseAcrossPages)
{
    AdvocateTableModel model(services());
    model.sort(AdvocateTableModel::ReadinessColumn, Qt::DescendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), kDemoAdvocates);
    int previous = 101;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int readiness = model.index(row, AdvocateTableModel::ReadinessColumn).data().toInt();
        ASSERT_LE(readiness, previous) << "row " << row;
        previous = readiness;
    }
    EXPECT_LT(model.index(model.rowCount() - 1, AdvocateTableModel::ReadinessColumn).data().toInt(),
              model.index(0, AdvocateTableModel::ReadinessColumn).data().toInt());
}

TEST_F(AdvocateTableModelTest, SortsByNameAscendingIgnoringCase)
{
    AdvocateTableModel model(services());
    model.sort(AdvocateTableModel::NameColumn, Qt::AscendingOrder);
    const QStringList names = column(model, AdvocateTableModel::NameColumn);
    for (int i = 1; i < names.size(); ++i)
        ASSERT_LE(names[i - 1].compare(names[i], Qt::CaseInsensitive), 0) << names[i - 1].toStdString();
}

TEST_F(AdvocateTableModelTest, SearchNarrowsToTheMatchingAdvocate)
{
    AdvocateTableModel model(services());
    const QString email = model.index(7, 0).data(AdvocateTableModel::EmailRole).toString();
    const QString name = model.index(7, AdvocateTableModel::NameColumn).data().toString();
    QSignalSpy counted(&model, &AdvocateTableModel::totalCountChanged);

    model.setSearchText(email);
    ASSERT_EQ(counted.count(), 1);
    ASSERT_GE(model.rowCount(), 1);
    EXPECT_LT(model.totalCount(), kDemoAdvocates);
    EXPECT_EQ(model.index(0, 0).data(AdvocateTableModel::EmailRole).toString(), email);
    EXPECT_EQ(model.index(0, AdvocateTableModel::NameColumn).data().toString(), name);

    model.setSearchText(QStringLiteral("qqqxxyz"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.totalCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(AdvocateTableModelTest, ShowsAnEditedNameAfterReload)
{
    AdvocateTableModel model(services());
    const QString id = model.index(0, 0).data(AdvocateTableModel::AdvocateIdRole).toString();
    Result<Advocate> advocate = services().advocates().get(id);
    ASSERT_TRUE(advocate.ok());
    Advocate renamed = *advocate;
    renamed.name = QStringLiteral("Aaaron Quixotic");
    ASSERT_TRUE(services().advocates().update(renamed).ok());

    model.setSearchText(QStringLiteral("quixot"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, AdvocateTableModel::NameColumn).data().toString(),
              QStringLiteral("Aaaron Quixotic"));
    ASSERT_TRUE(services().advocates().update(*advocate).ok());
}

TEST_F(AdvocateTableModelTest, ShowsADashWhereThereIsNoNpsYet)
{
    Account account = s_temp->makeAccount(QStringLiteral("Nps-less Holdings"));
    Advocate fresh =
        s_temp->makeAdvocate(QStringLiteral("no.nps@example.com"), account.id, QStringLiteral("Zul Nonps"));
    AdvocateTableModel model(services());
    model.setSearchText(QStringLiteral("no.nps@example.com"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, AdvocateTableModel::NpsColumn).data().toString(), QStringLiteral("—"));
    EXPECT_TRUE(services().advocates().remove(fresh.id).ok());
}

} // namespace
