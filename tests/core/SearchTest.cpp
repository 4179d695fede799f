#include "TempDatabase.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include "storage/FtsQuery.h"

#include <gtest/gtest.h>

using namespace ad;

namespace {
QStringList names(const Result<QList<SearchHit>> &hits)
{
    QStringList list;
    if (hits.ok())
        for (const SearchHit &hit : *hits)
            list << hit.name;
    return list;
}
} // namespace

class SearchTest : public ::testing::Test
{
protected:
    test::TempDatabase temp;
    Account account = temp.makeAccount(QStringLiteral("Jade Peak Logistics"));
    Advocate mei = temp.makeAdvocate(QStringLiteral("meiling@jadepeak.example"), account.id,
                                     QStringLiteral("Tan Mei Ling"));
    Advocate chen = temp.makeAdvocate(QStringLiteral("yating.chen@jadepeak.example"), account.id,
                                      QStringLiteral("陳雅婷"));

    QStringList find(const QString &text) { return names(temp.services().search().search(text)); }
};

TEST_F(SearchTest, FindsByNamePrefixEmailAccountAndTitle)
{
    EXPECT_EQ(find(QStringLiteral("mei")), QStringList{QStringLiteral("Tan Mei Ling")});
    EXPECT_EQ(find(QStringLiteral("yating")), QStringList{QStringLiteral("陳雅婷")});
    EXPECT_EQ(find(QStringLiteral("陳")), QStringList{QStringLiteral("陳雅婷")});
    EXPECT_EQ(find(QStringLiteral("jade")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("head of oper")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("tan jade")), QStringList{QStringLiteral("Tan Mei Ling")});
}

TEST_F(SearchTest, StaysInStepAfterUpdate)
{
    Advocate changed = mei;
    changed.name = QStringLiteral("Nurul Aisyah");
    changed.successStory = QStringLiteral("Cut warehouse onboarding by 38 percent");
    ASSERT_TRUE(temp.services().advocates().update(changed).ok());
    EXPECT_TRUE(find(QStringLiteral("tan")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("mei")), QStringList{QStringLiteral("Nurul Aisyah")}); // still her email
    EXPECT_EQ(find(QStringLiteral("nurul")), QStringList{QStringLiteral("Nurul Aisyah")});
    EXPECT_EQ(find(QStringLiteral("warehou")), QStringList{QStringLiteral("Nurul Aisyah")});
}

TEST_F(SearchTest, EachSearchableFieldChangedAloneAndAnUnchangedSaveKeepTheIndexInStep)
{
    // The update trigger skips saves that leave the searchable fields alone
    // (schema 6); every field that does change must still reach the index.
    ASSERT_TRUE(temp.services().advocates().update(mei).ok()); // nothing changed
    EXPECT_EQ(find(QStringLiteral("mei")), QStringList{mei.name});
    Advocate changed = mei;
    changed.title = QStringLiteral("Fleet Director");
    ASSERT_TRUE(temp.services().advocates().update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("fleet")), QStringList{mei.name});
    changed.email = QStringLiteral("nurul@harbour.example");
    ASSERT_TRUE(temp.services().advocates().update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("nurul")), QStringList{mei.name});
    Account other = temp.makeAccount(QStringLiteral("Zephyr Freight"));
    changed.accountId = other.id;
    ASSERT_TRUE(temp.services().advocates().update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("zephyr")), QStringList{mei.name});
    changed.signalValues.values[0] = 5; // not searchable: the index is left as it is
    ASSERT_TRUE(temp.services().advocates().update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("fleet")), QStringList{mei.name});
    SqlQuery check(temp.db(),
                   QStringLiteral("INSERT INTO advocate_search(advocate_search) VALUES ('integrity-check')"));
    EXPECT_TRUE(check.exec().ok());
}

TEST_F(SearchTest, StaysInStepAfterDelete)
{
    ASSERT_TRUE(temp.services().advocates().remove(mei.id).ok());
    EXPECT_TRUE(find(QStringLiteral("mei")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("jade")), QStringList{QStringLiteral("陳雅婷")});
}

TEST_F(SearchTest, NotesAreSearchable)
{
    ASSERT_TRUE(
        temp.services().advocates().addNote(chen.id, QStringLiteral("Prefers WhatsApp on Fridays")).ok());
    EXPECT_EQ(find(QStringLiteral("whatsapp")), QStringList{QStringLiteral("陳雅婷")});
}

TEST_F(SearchTest, NameMatchesRankAboveStoryMatches)
{
    Advocate storyOnly = chen;
    storyOnly.successStory = QStringLiteral("Worked closely with Meidina's team on the rollout");
    ASSERT_TRUE(temp.services().advocates().update(storyOnly).ok());
    const QStringList hits = find(QStringLiteral("mei"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits.first(), QStringLiteral("Tan Mei Ling"));
}

TEST_F(SearchTest, HostileInputIsOnlyText)
{
    for (const char *text : {"\"", "mei\"", "NEAR(mei ling)", "name:mei", "*", "-mei", "mei OR", "(((",
                             "^mei", "mei AND NOT", "'; DROP TABLE advocates; --"}) {
        auto hits = temp.services().search().search(QString::fromLatin1(text));
        EXPECT_TRUE(hits.ok()) << text << ": " << hits.error().message.toStdString();
    }
    EXPECT_EQ(find(QStringLiteral("name:mei")).size(),
              0); // "name" and "mei" as plain words: no advocate has both
    EXPECT_TRUE(temp.services().advocates().get(mei.id).ok());
}

TEST_F(SearchTest, ControlCharactersInTheSearchTextSeparateWords)
{
    // Found by the FTS fuzz target: a NUL inside a quoted term made SQLite refuse
    // the query ("unterminated string"), so the search failed instead of matching.
    const QString typed = QStringLiteral("mei") + QChar(0) + QStringLiteral("ling") + QChar(0x1b);
    auto hits = temp.services().search().search(typed);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    EXPECT_EQ(names(hits), QStringList{QStringLiteral("Tan Mei Ling")});
    EXPECT_EQ(ftsPrefixQuery(typed), QStringLiteral("\"mei\"* \"ling\"*"));
}

TEST(FtsQuery, QuotesEveryWordAsAPrefixTerm)
{
    EXPECT_EQ(ftsPrefixQuery(QStringLiteral("  mei  ling ")), QStringLiteral("\"mei\"* \"ling\"*"));
    EXPECT_EQ(ftsPrefixQuery(QStringLiteral("say \"hi\"")), QStringLiteral("\"say\"* \"\"\"hi\"\"\"*"));
    EXPECT_EQ(ftsPrefixQuery(QStringLiteral("* - ( )")), QString());
}

// Every term is matched against every row: 4,000 pasted words took 4.9 s on
// 200 advocates and minutes on 20,000. Repeats count once, and only so many count.
TEST(FtsQuery, RepeatedAndEndlessWordsAreCappedAndDeduplicated)
{
    QStringList pasted;
    for (int i = 0; i < 2000; ++i)
        pasted << QStringLiteral("Mei") << QStringLiteral("mei") << QStringLiteral("ling");
    EXPECT_EQ(ftsPrefixQuery(pasted.join(QLatin1Char(' '))), QStringLiteral("\"Mei\"* \"ling\"*"));

    QStringList many;
    for (int i = 0; i < 4000; ++i)
        many << QStringLiteral("word%1").arg(i);
    const QString query = ftsPrefixQuery(many.join(QLatin1Char(' ')));
    EXPECT_EQ(query.count(QStringLiteral("\"*")), kMaxSearchTerms);
    EXPECT_TRUE(query.startsWith(QStringLiteral("\"word0\"* \"word1\"*")));

    const QString endless = ftsPrefixQuery(QString(100000, QLatin1Char('a')));
    EXPECT_EQ(endless.size(), kMaxTermLength + 3);
}

TEST_F(SearchTest, NotesAddedInOneTransactionAreSearchableWhenItCommits)
{
    {
        WriteTransaction transaction(temp.db());
        ASSERT_TRUE(transaction.isOpen());
        for (int i = 0; i < 500; ++i)
            ASSERT_TRUE(temp.services().advocates().addNote(mei.id, QStringLiteral("visit number%1").arg(i)).ok());
        SqlQuery stale(temp.db(), QStringLiteral("SELECT count(*) FROM advocate_search_stale_notes"));
        EXPECT_EQ(scalar(stale)->toInt(), 1) << "one advocate waits for the index, however many notes";
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(names(temp.services().search().search(QStringLiteral("number250"))), QStringList{mei.name});
    EXPECT_EQ(names(temp.services().search().search(QStringLiteral("number499 tan"))), QStringList{mei.name})
        << "a note's word and a name's word still match together";
    SqlQuery stale(temp.db(), QStringLiteral("SELECT count(*) FROM advocate_search_stale_notes"));
    EXPECT_EQ(scalar(stale)->toInt(), 0);

    {
        WriteTransaction abandoned(temp.db()); // not committed: a rolled-back note leaves no trace
        ASSERT_TRUE(temp.services().advocates().addNote(chen.id, QStringLiteral("rolledback")).ok());
    }
    EXPECT_TRUE(names(temp.services().search().search(QStringLiteral("rolledback"))).isEmpty());
}
