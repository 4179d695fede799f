#include "Backends.h"
#include "io/PersonalData.h"
#include "storage/Database.h"
#include "storage/FtsQuery.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

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

// Every case runs on SQLite and on PostgreSQL (Backends.h): the same words
// find the same people on both search indexes (docs/storage-seam.md §3.3).
class SearchTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        account = temp().makeAccount(QStringLiteral("Jade Peak Logistics"));
        mei = temp().makeAdvocate(QStringLiteral("meiling@jadepeak.example"), account.id,
                                  QStringLiteral("Tan Mei Ling"));
        chen = temp().makeAdvocate(QStringLiteral("yating.chen@jadepeak.example"), account.id,
                                   QStringLiteral("陳雅婷"));
    }

    QStringList find(const QString &text) { return names(temp().services().search().search(text)); }

    Account account;
    Advocate mei;
    Advocate chen;
};

AD_INSTANTIATE_BACKENDS(SearchTest);

TEST_P(SearchTest, FindsByNamePrefixEmailAccountAndTitle)
{
    EXPECT_EQ(find(QStringLiteral("mei")), QStringList{QStringLiteral("Tan Mei Ling")});
    EXPECT_EQ(find(QStringLiteral("yating")), QStringList{QStringLiteral("陳雅婷")});
    EXPECT_EQ(find(QStringLiteral("陳")), QStringList{QStringLiteral("陳雅婷")});
    EXPECT_EQ(find(QStringLiteral("jade")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("head of oper")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("tan jade")), QStringList{QStringLiteral("Tan Mei Ling")});
}

TEST_P(SearchTest, StaysInStepAfterUpdate)
{
    Advocate changed = mei;
    changed.name = QStringLiteral("Nurul Aisyah");
    changed.successStory = QStringLiteral("Cut warehouse onboarding by 38 percent");
    ASSERT_TRUE(temp().services().advocates().update(changed).ok());
    EXPECT_TRUE(find(QStringLiteral("tan")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("mei")), QStringList{QStringLiteral("Nurul Aisyah")}); // still her email
    EXPECT_EQ(find(QStringLiteral("nurul")), QStringList{QStringLiteral("Nurul Aisyah")});
    EXPECT_EQ(find(QStringLiteral("warehou")), QStringList{QStringLiteral("Nurul Aisyah")});
}

TEST_P(SearchTest, EachSearchableFieldChangedAloneAndAnUnchangedSaveKeepTheIndexInStep)
{
    // The update trigger skips saves that leave the searchable fields alone
    // (schema 6); every field that does change must still reach the index.
    ASSERT_TRUE(temp().services().advocates().update(mei).ok()); // nothing changed
    EXPECT_EQ(find(QStringLiteral("mei")), QStringList{mei.name});
    Advocate changed = mei;
    changed.title = QStringLiteral("Fleet Director");
    ASSERT_TRUE(temp().services().advocates().update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("fleet")), QStringList{mei.name});
    changed.email = QStringLiteral("nurul@harbour.example");
    ASSERT_TRUE(temp().services().advocates().update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("nurul")), QStringList{mei.name});
    Account other = temp().makeAccount(QStringLiteral("Zephyr Freight"));
    changed.accountId = other.id;
    ASSERT_TRUE(temp().services().advocates().update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("zephyr")), QStringList{mei.name});
    changed.signalValues.values[0] = 5; // not searchable: the index is left as it is
    ASSERT_TRUE(temp().services().advocates().update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("fleet")), QStringList{mei.name});
    if (backend() == Backend::Sqlite) { // FTS5's own check of its index against its content
        SqlQuery check(
            temp().db(),
            QStringLiteral("INSERT INTO advocate_search(advocate_search) VALUES ('integrity-check')"));
        EXPECT_TRUE(check.exec().ok());
    }
}

TEST_P(SearchTest, StaysInStepAfterDelete)
{
    ASSERT_TRUE(temp().services().advocates().remove(mei.id).ok());
    EXPECT_TRUE(find(QStringLiteral("mei")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("jade")), QStringList{QStringLiteral("陳雅婷")});
}

TEST_P(SearchTest, NotesAreSearchable)
{
    ASSERT_TRUE(
        temp().services().advocates().addNote(chen.id, QStringLiteral("Prefers WhatsApp on Fridays")).ok());
    EXPECT_EQ(find(QStringLiteral("whatsapp")), QStringList{QStringLiteral("陳雅婷")});
}

TEST_P(SearchTest, NameMatchesRankAboveStoryMatches)
{
    Advocate storyOnly = chen;
    storyOnly.successStory = QStringLiteral("Worked closely with Meidina's team on the rollout");
    ASSERT_TRUE(temp().services().advocates().update(storyOnly).ok());
    const QStringList hits = find(QStringLiteral("mei"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits.first(), QStringLiteral("Tan Mei Ling"));
}

TEST_P(SearchTest, HostileInputIsOnlyText)
{
    for (const char *text : {"\"", "mei\"", "NEAR(mei ling)", "name:mei", "*", "-mei", "mei OR", "(((",
                             "^mei", "mei AND NOT", "'; DROP TABLE advocates; --"}) {
        auto hits = temp().services().search().search(QString::fromLatin1(text));
        EXPECT_TRUE(hits.ok()) << text << ": " << hits.error().message.toStdString();
    }
    EXPECT_EQ(find(QStringLiteral("name:mei")).size(),
              0); // "name" and "mei" as plain words: no advocate has both
    EXPECT_TRUE(temp().services().advocates().get(mei.id).ok());
}

TEST_P(SearchTest, ControlCharactersInTheSearchTextSeparateWords)
{
    // Found by the FTS fuzz target: a NUL inside a quoted term made SQLite refuse
    // the query ("unterminated string"), so the search failed instead of matching.
    const QString typed = QStringLiteral("mei") + QChar(0) + QStringLiteral("ling") + QChar(0x1b);
    auto hits = temp().services().search().search(typed);
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

TEST_P(SearchTest, NotesAddedInOneTransactionAreSearchableWhenItCommits)
{
    {
        WriteTransaction transaction(temp().db());
        ASSERT_TRUE(transaction.isOpen());
        for (int i = 0; i < 500; ++i)
            ASSERT_TRUE(
                temp().services().advocates().addNote(mei.id, QStringLiteral("visit number%1").arg(i)).ok());
        SqlQuery stale(temp().db(), QStringLiteral("SELECT count(*) FROM advocate_search_stale_notes"));
        EXPECT_EQ(scalar(stale)->toInt(), 1) << "one advocate waits for the index, however many notes";
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(names(temp().services().search().search(QStringLiteral("number250"))), QStringList{mei.name});
    EXPECT_EQ(names(temp().services().search().search(QStringLiteral("number499 tan"))),
              QStringList{mei.name})
        << "a note's word and a name's word still match together";
    SqlQuery stale(temp().db(), QStringLiteral("SELECT count(*) FROM advocate_search_stale_notes"));
    EXPECT_EQ(scalar(stale)->toInt(), 0);

    {
        WriteTransaction abandoned(temp().db()); // not committed: a rolled-back note leaves no trace
        ASSERT_TRUE(temp().services().advocates().addNote(chen.id, QStringLiteral("rolledback")).ok());
    }
    EXPECT_TRUE(names(temp().services().search().search(QStringLiteral("rolledback"))).isEmpty());
}

TEST_P(SearchTest, EveryWordIsAPrefixOfAWordNotAnyPartOfIt)
{
    EXPECT_EQ(find(QStringLiteral("logist")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("LOGISTICS")).size(), 2) << "letter case aside";
    EXPECT_TRUE(find(QStringLiteral("ogistics")).isEmpty()) << "a word's middle is not a prefix";
    EXPECT_EQ(find(QStringLiteral("chen")), QStringList{chen.name}) << "a part of an email is a word";
    EXPECT_EQ(find(QStringLiteral("ling tan")), QStringList{mei.name}) << "in any order";
    EXPECT_TRUE(find(QStringLiteral("tan zzz")).isEmpty()) << "every word must match";
}

TEST_P(SearchTest, AccentsAreIgnoredOnBothSides)
{
    const Advocate jose = temp().makeAdvocate(QStringLiteral("jose@jadepeak.example"), account.id,
                                              QStringLiteral("José Álvarez Müller"));
    EXPECT_EQ(find(QStringLiteral("jose")), QStringList{jose.name});
    EXPECT_EQ(find(QStringLiteral("JOSÉ")), QStringList{jose.name});
    EXPECT_EQ(find(QStringLiteral("alvarez mull")), QStringList{jose.name});
    EXPECT_EQ(find(QStringLiteral("müller")), QStringList{jose.name});
    EXPECT_EQ(find(QStringLiteral("tán")), QStringList{mei.name}) << "an accent typed where there is none";
}

TEST_P(SearchTest, APartOfAChineseNameFindsThePerson)
{
    const Advocate meiling = temp().makeAdvocate(QStringLiteral("chen.meiling@jadepeak.example"), account.id,
                                                 QStringLiteral("陳美玲"));
    EXPECT_EQ(find(QStringLiteral("陳美")), QStringList{meiling.name});
    EXPECT_EQ(find(QStringLiteral("陳")).size(), 2); // 陳雅婷 and 陳美玲
    EXPECT_EQ(find(QStringLiteral("美玲")), QStringList{meiling.name})
        << "Chinese has no spaces between words";
    EXPECT_EQ(find(QStringLiteral("美玲 jade")), QStringList{meiling.name});
    EXPECT_TRUE(find(QStringLiteral("美玲 tan")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("玲美")).isEmpty());
    // The directory and the boards filter the same way.
    DirectoryQuery query;
    query.text = QStringLiteral("美玲");
    EXPECT_EQ(*temp().services().directory().count(query), 1);
    BoardFilter filter;
    filter.text = QStringLiteral("美玲 jade");
    const Result<QList<BoardColumnTotal>> totals = temp().services().boards().totals(BoardKind::Journey, filter);
    ASSERT_TRUE(totals.ok());
    qint64 cards = 0;
    for (const BoardColumnTotal &column : *totals)
        cards += column.count;
    EXPECT_EQ(cards, 1);
}

TEST_P(SearchTest, ANulInTheSearchTextIsNeitherAnErrorNorAWord)
{
    // PostgreSQL's text cannot hold U+0000: it must never reach the server.
    const QStringList texts = {QString(QChar(0)), QString(QStringLiteral("mei") + QChar(0)),
                               QString(QChar(0) + QStringLiteral("陳") + QChar(0) + QStringLiteral("jade"))};
    for (const QString &typed : texts) {
        auto hits = temp().services().search().search(typed);
        ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
        for (const QVariant &value : temp().db().searchIndex().query(typed).values)
            EXPECT_FALSE(value.toString().contains(QChar(0)));
        DirectoryQuery query;
        query.text = typed;
        EXPECT_TRUE(temp().services().directory().count(query).ok());
        BoardFilter filter;
        filter.text = typed;
        EXPECT_TRUE(temp().services().boards().totals(BoardKind::Journey, filter).ok());
    }
    EXPECT_TRUE(find(QString(QChar(0))).isEmpty());
    EXPECT_EQ(find(texts[1]), QStringList{mei.name});
    EXPECT_EQ(find(texts[2]), QStringList{chen.name});
}

TEST_P(SearchTest, TheDirectoryAndTheBoardsFilterThroughTheSameIndex)
{
    DirectoryQuery query;
    query.text = QStringLiteral("yating");
    EXPECT_EQ(*temp().services().directory().count(query), 1);
    query.text = QStringLiteral("jade");
    EXPECT_EQ(*temp().services().directory().count(query), 2);
    query.text = QStringLiteral("*");
    EXPECT_EQ(*temp().services().directory().count(query), 0) << "nothing searchable in the text";

    BoardFilter filter;
    filter.text = QStringLiteral("tan mei");
    auto totals = temp().services().boards().totals(BoardKind::Journey, filter);
    ASSERT_TRUE(totals.ok()) << totals.error().message.toStdString();
    qint64 count = 0;
    for (const BoardColumnTotal &total : *totals)
        count += total.count;
    EXPECT_EQ(count, 1);
}

TEST_P(SearchTest, RenamingTheAccountReachesTheIndex)
{
    Account renamed = account;
    renamed.name = QStringLiteral("Harbourline Health");
    ASSERT_TRUE(temp().services().accounts().update(renamed).ok());
    EXPECT_EQ(find(QStringLiteral("harbour")).size(), 2);
    EXPECT_TRUE(find(QStringLiteral("jade peak logistics")).isEmpty());
}

TEST_P(SearchTest, ErasingAnEntryTakesThePersonOutOfTheIndex)
{
    SqlQuery seq(temp().db(), QStringLiteral("SELECT seq FROM advocates WHERE id = ?"));
    seq.bind(mei.id);
    const qint64 meiSeq = scalar(seq)->toLongLong();
    const SearchIndex &index = temp().db().searchIndex();
    ASSERT_TRUE(index.prepareErase(temp().db()).ok());
    {
        WriteTransaction transaction(temp().db());
        ASSERT_TRUE(index.erase(temp().db(), meiSeq).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    index.afterErase(temp().db());
    EXPECT_TRUE(find(QStringLiteral("mei")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("jade")), QStringList{chen.name});
    ASSERT_TRUE(temp().services().advocates().remove(mei.id).ok()) << "the advocate goes after their entry";
}

TEST_P(SearchTest, AnErasedPersonIsNoLongerFound)
{
    ASSERT_TRUE(
        temp().services().advocates().addNote(mei.id, QStringLiteral("Prefers WhatsApp on Fridays")).ok());
    auto erased = PersonalData(temp().services().context()).erase(mei.email);
    ASSERT_TRUE(erased.ok()) << erased.error().message.toStdString();
    EXPECT_TRUE(find(QStringLiteral("mei")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("whatsapp")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("jade")), QStringList{chen.name});
    SqlQuery entries(temp().db(), QStringLiteral("SELECT count(*) FROM advocate_search"));
    EXPECT_EQ(scalar(entries)->toInt(), 1);
}

TEST_P(SearchTest, RebuildRefillsTheWholeIndexFromTheTables)
{
    ASSERT_TRUE(
        temp().services().advocates().addNote(chen.id, QStringLiteral("Prefers WhatsApp on Fridays")).ok());
    // As a bulk copy (server push) leaves it: tables full, index empty.
    ASSERT_TRUE(execSql(temp().db(), QStringLiteral("DELETE FROM advocate_search")).ok());
    EXPECT_TRUE(find(QStringLiteral("jade")).isEmpty());

    ASSERT_TRUE(temp().db().rebuildSearchIndex().ok());
    EXPECT_EQ(find(QStringLiteral("jade")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("whatsapp")), QStringList{chen.name});
    EXPECT_EQ(find(QStringLiteral("mei")), QStringList{mei.name});
    EXPECT_EQ(find(QStringLiteral("head of oper")).size(), 2);
    ASSERT_TRUE(temp().db().rebuildSearchIndex().ok()) << "running it again changes nothing";
    EXPECT_EQ(find(QStringLiteral("jade")).size(), 2);

    {
        WriteTransaction transaction(temp().db()); // inside a caller's write, too
        ASSERT_TRUE(transaction.isOpen());
        ASSERT_TRUE(temp().db().rebuildSearchIndex().ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(find(QStringLiteral("whatsapp")), QStringList{chen.name});
}

TEST_P(SearchTest, APersonWithAGreatManyLongNotesCanStillBeWrittenAndFound)
{
    // PostgreSQL's tsvector holds at most 1 MB: 60 notes of 20,000 characters
    // of different words would not fit, and every write of them would fail.
    WriteTransaction transaction(temp().db());
    ASSERT_TRUE(transaction.isOpen());
    int word = 0;
    for (int i = 0; i < 60; ++i) {
        QString body;
        while (body.size() < 19990)
            body += QStringLiteral("w%1 ").arg(word++, 6, 36, QLatin1Char('0'));
        ASSERT_TRUE(temp().services().advocates().addNote(mei.id, body).ok());
    }
    ASSERT_TRUE(transaction.commit().ok());
    EXPECT_EQ(find(QStringLiteral("w000001")), QStringList{mei.name});
    EXPECT_EQ(find(QStringLiteral("tan")), QStringList{mei.name});
}
