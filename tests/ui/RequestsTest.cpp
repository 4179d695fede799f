#include "../core/ProgrammeFixture.h"
#include "DefaultLocale.h"
#include "requests/MatchDialog.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class RequestsTest : public test::ProgrammeFixture
{
protected:
    void SetUp() override
    {
        Account logistics = account(QStringLiteral("Harbour Logistics"));
        Account health = account(QStringLiteral("Aurora Health"), QStringLiteral("Healthcare"));
        fit = enrolled(QStringLiteral("fit@harbour.example"), logistics.id);
        other = enrolled(QStringLiteral("other@aurora.example"), health.id);
        tired = enrolled(QStringLiteral("tired@harbour.example"), logistics.id);
        pastAsk(tired, QStringLiteral("Reference call"), 10);
        pastAsk(tired, QStringLiteral("Reference call"), 20);
        ask = request(QStringLiteral("Reference call"), QStringLiteral("Logistics"));
    }

    Advocate fit, other, tired;
    Request ask;
};

TEST_F(RequestsTest, ModelPassesTheTesterAndFiltersByStatus)
{
    RequestsModel model(services());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GE(model.rowCount(), 1);
    model.setStatusFilter(RequestStatus::New);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(RequestsModel::RequestIdRole).toString(), ask.id);
    model.setStatusFilter(std::nullopt);
}

TEST_F(RequestsTest, ModelReadsAPageAtATimeInListOrder)
{
    // More requests than a page, on a few dates, so the order's tie-breaks count.
    for (int i = 0; i < RequestsModel::kPageSize + 50; ++i) {
        if (i % 100 == 0)
            temp.clock().advanceDays(1);
        request(QStringLiteral("Reference call"), QStringLiteral("Logistics"));
    }
    auto everything = services().requests().list();
    ASSERT_TRUE(everything.ok());
    RequestsModel model(services());
    EXPECT_EQ(model.totalCount(), everything->size());
    EXPECT_EQ(model.rowCount(), RequestsModel::kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The last request is not read yet; asking for its row reads down to it.
    const QString last = everything->last().id;
    EXPECT_EQ(model.rowOf(last), everything->size() - 1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), everything->size());
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.index(row, 0).data(RequestsModel::RequestIdRole).toString(), everything->at(row).id)
            << "row " << row;
    model.setStatusFilter(RequestStatus::Closed);
    EXPECT_EQ(model.rowOf(last), -1);
}

TEST_F(RequestsTest, TheMatchDialogOpensAtOnceAndRanksThePoolOffTheWindowsThread)
{
    MatchDialog dialog(services(), ask.id);
    EXPECT_TRUE(dialog.isLoading());
    EXPECT_EQ(dialog.candidates()->rowCount(), 0) << "ranked before the dialog could paint";
    EXPECT_FALSE(dialog.askButton()->isEnabled()) << "nobody to ask yet";
    bool saysMatching = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        saysMatching = saysMatching || label->text() == MatchDialog::tr("Matching…");
    EXPECT_TRUE(saysMatching);
    QSignalSpy loaded(&dialog, &MatchDialog::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_FALSE(dialog.isLoading());
    EXPECT_GE(dialog.candidates()->rowCount(), 2);
    EXPECT_TRUE(dialog.askButton()->isEnabled());
}

TEST_F(RequestsTest, MatchingRanksTheBestFitFirstAndSaysWhyOthersAreProtected)
{
    MatchDialog dialog(services(), ask.id);
    ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000));
    QTableWidget *candidates = dialog.candidates();
    ASSERT_GE(candidates->rowCount(), 2);
    EXPECT_EQ(candidates->item(0, 1)->text(), QStringLiteral("fit"));
    bool tiredExcluded = false;
    for (int row = 0; row < dialog.excluded()->rowCount(); ++row)
        if (dialog.excluded()->item(row, 1)->text() == tired.email)
            tiredExcluded = !dialog.excluded()->item(row, 2)->text().isEmpty();
    EXPECT_TRUE(tiredExcluded);

    candidates->selectRow(0);
    QTest::mouseClick(dialog.askButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    auto asks = services().requests().asks(ask.id);
    ASSERT_EQ(asks->size(), 1);
    EXPECT_EQ(asks->first().advocateId, fit.id);
    EXPECT_EQ(services().requests().get(ask.id)->status, RequestStatus::Asked);
}

TEST_F(RequestsTest, MatchProtectionsWriteTheirDatesTheLocalesWay)
{
    Advocate later = enrolled(QStringLiteral("later@harbour.example"), fit.accountId);
    later.doNotAskUntil = QDate(2026, 7, 1);
    ASSERT_TRUE(services().advocates().update(later).ok());
    const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    const QList<QPair<QString, QString>> untilIn = {{QStringLiteral("en"), QStringLiteral("Jul 1, 2026")},
                                                    {QStringLiteral("zh_TW"), QStringLiteral("2026年7月1日")},
                                                    {QStringLiteral("ms"), QStringLiteral("1 Jul 2026")}};
    for (const auto &[name, until] : untilIn) {
        const test::DefaultLocale locale{QLocale(name)};
        MatchDialog dialog(services(), ask.id);
        ASSERT_TRUE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000));
        QString why;
        for (QTableWidget *table : {dialog.candidates(), dialog.excluded()})
            for (int row = 0; row < table->rowCount(); ++row)
                for (int column = 0; column < table->columnCount(); ++column)
                    if (const QTableWidgetItem *item = table->item(row, column)) {
                        EXPECT_FALSE(item->text().contains(iso))
                            << name.toStdString() << ": " << item->text().toStdString();
                        if (table == dialog.excluded() && table->item(row, 1)->text() == later.email)
                            why = table->item(row, 2)->text();
                    }
        EXPECT_TRUE(why.contains(until)) << name.toStdString() << ": " << why.toStdString();
    }
}

TEST_F(RequestsTest, ARefusedMoveIsShownAndChangesNothing)
{
    QUndoStack undo;
    RequestsPage page(services(), &undo);
    page.showBoard(false);
    page.show();
    page.table()->selectRow(page.model()->rowOf(ask.id));
    const QString before = temp.snapshot();
    EXPECT_FALSE(page.moveCurrent(int(RequestStatus::Completed)));
    EXPECT_EQ(temp.snapshot(), before);
    bool shown = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && !label->text().isEmpty() &&
                          label->styleSheet().contains(QStringLiteral("fdecea")));
    EXPECT_TRUE(shown);
    EXPECT_TRUE(page.moveCurrent(int(RequestStatus::Cancelled)));
    EXPECT_EQ(services().requests().get(ask.id)->status, RequestStatus::Cancelled);
}

} // namespace
