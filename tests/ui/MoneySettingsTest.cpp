// The programme's currency: chosen in Programme Settings, stored in the file,
// and written with its symbol on the dashboard's tiles, the board headers and
// the programme report, in the reader's locale.
#include "../cli/CliFixture.h"
#include "BoardWait.h"
#include "DefaultLocale.h"

#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "programme/ProgrammeSettings.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "util/Formats.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ad;

namespace {

class MoneySettingsTest : public test::CliFixture
{
protected:
    void SetUp() override
    {
        makeDemo(database(), 80, 7);
        auto opened = Database::open(database());
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        services = std::make_unique<Services>(*db, clock, QStringLiteral("tester"));
        ASSERT_TRUE(services->settings().apply().ok());
    }

    void useCurrency(const QString &code)
    {
        ProgrammeRules rules = services->rules();
        rules.currency = code;
        ASSERT_TRUE(services->settings().save(rules).ok());
    }

    FixedClock clock{QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> db;
    std::unique_ptr<Services> services;
};

TEST_F(MoneySettingsTest, TheCurrencyIsChosenInProgrammeSettingsAsAnIsoCode)
{
    {
        ProgrammeSettingsDialog dialog(*services);
        EXPECT_EQ(dialog.currencyBox()->currentText(), QStringLiteral("USD"));
        dialog.currencyBox()->setCurrentText(QStringLiteral("myr"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        ASSERT_EQ(dialog.result(), int(QDialog::Accepted));
    }
    EXPECT_EQ(services->rules().currency, QStringLiteral("MYR"));
    Services reopened(*db, clock, QStringLiteral("tester")); // the CLI, a colleague
    ASSERT_TRUE(reopened.settings().apply().ok());
    EXPECT_EQ(reopened.rules().currency, QStringLiteral("MYR"));

    // Two letters are no code: the dialog stays open and says why.
    ProgrammeSettingsDialog dialog(*services);
    EXPECT_EQ(dialog.currencyBox()->currentText(), QStringLiteral("MYR"));
    dialog.currencyBox()->setCurrentText(QStringLiteral("RM"));
    dialog.show();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_NE(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(services->rules().currency, QStringLiteral("MYR"));
    bool explained = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        explained = explained || (label->isVisible() && label->text().contains(QStringLiteral("RM")));
    EXPECT_TRUE(explained);
}

TEST_F(MoneySettingsTest, TilesBoardHeadersAndTheReportWriteTheProgrammesCurrency)
{
    struct Case
    {
        QString locale, currency, symbol;
    };
    for (const Case &c : {Case{QStringLiteral("zh_TW"), QStringLiteral("TWD"), QStringLiteral("NT$")},
                          Case{QStringLiteral("ms"), QStringLiteral("MYR"), QStringLiteral("RM")}}) {
        const test::DefaultLocale locale{QLocale(c.locale)};
        useCurrency(c.currency);
        const std::string where = c.locale.toStdString() + " " + c.currency.toStdString();
        const QRegularExpression grouped(QRegularExpression::escape(c.symbol) +
                                         QStringLiteral("\\d{1,3}(,\\d{3})+"));

        DashboardPage page(*services);
        QSignalSpy shown(&page, &DashboardPage::shownChanged);
        page.resize(1600, 1000);
        page.show();
        ASSERT_TRUE(shown.wait(60000)) << where;
        const qint64 revenue = page.shown()->current.revenue.influencedRevenue;
        for (KpiTile *tile : page.tiles()) {
            if (tile->line().name != QStringLiteral("Reference-influenced revenue"))
                continue;
            EXPECT_EQ(tile->valueText(), Formats::compactMoney(revenue, c.currency)) << where;
            EXPECT_TRUE(tile->valueText().startsWith(c.symbol))
                << where << ": " << tile->valueText().toStdString();
            EXPECT_TRUE(tile->toolTip().contains(grouped)) << where << ": " << tile->toolTip().toStdString();
        }

        const QString pdf = path(QStringLiteral("report-%1.pdf").arg(c.currency));
        ASSERT_TRUE(page.exportReport(pdf).ok());
        const QString text =
            runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(text.contains(QStringLiteral("Reference-influenced revenue"))) << where;
        EXPECT_TRUE(text.contains(Formats::money(revenue, c.currency))) << where << text.toStdString();

        QUndoStack undo;
        BoardPage board(*services, BoardKind::Nomination, &undo);
        board.resize(1600, 900);
        board.show();
        ASSERT_TRUE(test::boardLoaded(*board.model()));
        QStringList headers;
        for (QLabel *label : board.findChildren<QLabel *>(QStringLiteral("columnSummary")))
            headers << label->text();
        ASSERT_FALSE(headers.isEmpty());
        for (const QString &header : headers)
            EXPECT_TRUE(header.contains(c.symbol)) << where << ": " << header.toStdString();
    }
}

} // namespace
