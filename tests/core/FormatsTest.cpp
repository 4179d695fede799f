// The one place that writes dates, numbers and money for people, in the three
// languages the application speaks and in the C locale that scripts see.
#include "util/Formats.h"

#include <gtest/gtest.h>

namespace ad {
namespace {

const QLocale en(QStringLiteral("en"));
const QLocale zhTw(QStringLiteral("zh_TW"));
const QLocale ms(QStringLiteral("ms"));

std::string s(const QString &text)
{
    return text.toStdString();
}

TEST(Formats, DatesInTheLocalesOwnOrderWithAShortMonth)
{
    const QDate newYear(2025, 1, 1);
    EXPECT_EQ(s(Formats::date(newYear, en)), "Jan 1, 2025");
    EXPECT_EQ(s(Formats::date(newYear, zhTw)), "2025年1月1日");
    EXPECT_EQ(s(Formats::date(newYear, ms)), "1 Jan 2025");
    EXPECT_EQ(s(Formats::dayAndMonth(newYear, en)), "Jan 1");
    EXPECT_EQ(s(Formats::dayAndMonth(newYear, zhTw)), "1月1日");
    EXPECT_EQ(s(Formats::dayAndMonth(newYear, ms)), "1 Jan");
    EXPECT_EQ(s(Formats::month(newYear, true, en)), "Jan 2025");
    EXPECT_EQ(s(Formats::month(newYear, true, zhTw)), "2025年1月");
    EXPECT_EQ(s(Formats::month(newYear, false, zhTw)), "1月");
    EXPECT_TRUE(Formats::date(QDate(), en).isEmpty());
    // A QDateEdit shown with the same pattern reads the same date back.
    EXPECT_EQ(en.toDate(Formats::date(newYear, en), Formats::dateFormat(en)), newYear);
}

TEST(Formats, TheCLocaleKeepsIsoDatesAndPlainNumbersForScripts)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(s(Formats::date(QDate(2026, 7, 1), c)), "2026-07-01");
    EXPECT_EQ(s(Formats::number(3318000, c)), "3318000");
    EXPECT_EQ(s(Formats::money(3318000, QStringLiteral("USD"), c)), "$3318000");
}

TEST(Formats, NumbersAndPercentagesUseTheLocalesSeparators)
{
    EXPECT_EQ(s(Formats::number(3318000, en)), "3,318,000");
    EXPECT_EQ(s(Formats::number(3318000, ms)), "3,318,000");
    EXPECT_EQ(s(Formats::number(3318000, QLocale(QStringLiteral("de_DE")))), "3.318.000");
    EXPECT_EQ(s(Formats::percent(0.356, 1, en)), "35.6%");
    EXPECT_EQ(s(Formats::decimal(1234.56, 1, en)), "1,234.6");
}

TEST(Formats, MoneyInTheProgrammesCurrencyWithTheLocalesSeparators)
{
    EXPECT_EQ(s(Formats::money(3318000, QStringLiteral("USD"), en)), "$3,318,000");
    EXPECT_EQ(s(Formats::money(3318000, QStringLiteral("MYR"), ms)), "RM3,318,000");
    EXPECT_EQ(s(Formats::money(3318000, QStringLiteral("TWD"), zhTw)), "NT$3,318,000");
    // The currency is the programme's, not the reader's: USD stays dollars in Malay.
    EXPECT_EQ(s(Formats::money(3318000, QStringLiteral("USD"), ms)), "$3,318,000");
    EXPECT_EQ(s(Formats::money(-1500, QStringLiteral("USD"), en)), "-$1,500");
    // A code without a symbol of its own stands apart from the digits.
    EXPECT_EQ(s(Formats::money(3318000, QStringLiteral("SEK"), en)), "SEK\u00a03,318,000");
    // German puts the symbol after the amount.
    EXPECT_EQ(s(Formats::money(3318000, QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE")))),
              "3.318.000\u00a0€");
}

TEST(Formats, CompactMoneyFitsATileInEachLanguagesUnits)
{
    EXPECT_EQ(s(Formats::compactMoney(3318000, QStringLiteral("USD"), en)), "$3.3M");
    EXPECT_EQ(s(Formats::compactMoney(854000, QStringLiteral("USD"), en)), "$854K");
    EXPECT_EQ(s(Formats::compactMoney(2544000000, QStringLiteral("USD"), en)), "$2.5B");
    EXPECT_EQ(s(Formats::compactMoney(3000000, QStringLiteral("USD"), en)), "$3M");
    EXPECT_EQ(s(Formats::compactMoney(999960, QStringLiteral("USD"), en)), "$1M"); // not "$1000K"
    EXPECT_EQ(s(Formats::compactMoney(9500, QStringLiteral("USD"), en)), "$9,500");
    EXPECT_EQ(s(Formats::compactMoney(0, QStringLiteral("USD"), en)), "$0");
    // Malay: ribu, juta; Chinese counts in 萬 (10⁴) and 億 (10⁸).
    EXPECT_EQ(s(Formats::compactMoney(3318000, QStringLiteral("MYR"), ms)), "RM3.3J");
    EXPECT_EQ(s(Formats::compactMoney(854000, QStringLiteral("MYR"), ms)), "RM854K");
    EXPECT_EQ(s(Formats::compactMoney(3318000, QStringLiteral("TWD"), zhTw)), "NT$332萬");
    EXPECT_EQ(s(Formats::compactMoney(254400000, QStringLiteral("TWD"), zhTw)), "NT$2.5億");
    EXPECT_EQ(s(Formats::compactNumber(3318000, en)), "3.3M");
}

TEST(Formats, CurrencyCodesAndSpinBoxAffixes)
{
    EXPECT_TRUE(Formats::isCurrencyCode(QStringLiteral("MYR")));
    EXPECT_FALSE(Formats::isCurrencyCode(QStringLiteral("myr")));
    EXPECT_FALSE(Formats::isCurrencyCode(QStringLiteral("US")));
    EXPECT_FALSE(Formats::isCurrencyCode(QStringLiteral("$")));
    EXPECT_EQ(Formats::currencyAffixes(QStringLiteral("MYR"), ms),
              std::make_pair(QStringLiteral("RM"), QString()));
    EXPECT_EQ(Formats::currencyAffixes(QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE"))),
              std::make_pair(QString(), QStringLiteral("\u00a0€")));
    for (const QString &code : Formats::commonCurrencies())
        EXPECT_TRUE(Formats::isCurrencyCode(code)) << s(code);
}

} // namespace
} // namespace ad
