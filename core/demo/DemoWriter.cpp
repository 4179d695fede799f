#include "DemoWriter.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace ad::demo {

namespace {

// exactProportions: contributions plus touches per advocate, and NPS responses.
constexpr int kExactEngagements = 10;
constexpr int kExactNpsResponses = 3;
// Own contributions stay below the budget so delivered requests still fit.
constexpr int kExactOwnContributions = 7;

QVariant none()
{
    return sqlNull();
}

QStringList columns(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

const char *const kStamps = ",created_at,updated_at";

} // namespace

DemoWriter::DemoWriter(Database &db, const QDate &today, const DemoOptions &options)
    : m_db(db), m_today(today), m_options(options), m_random(options.seed), m_names(m_random)
{
    auto make = [&db](const char *table, const char *cols) {
        return std::make_unique<BulkInsert>(db, QString::fromLatin1(table),
                                            columns(cols) + columns(kStamps).mid(1));
    };
    m_users = make("users", "id,name,role");
    m_accountRows = make("accounts", "id,name,industry,segment,region,country,products,arr,customer_since,"
                                     "renewal_date,health,open_escalation,owner_id,external_crm_id");
    m_purchases = make("purchases", "id,account_id,purchased_on,amount");
    m_advocateRows = make("advocates", "id,account_id,name,title,email,email_key,phone,language,time_zone,"
                                       "journey_stage,tier,signal_satisfaction,signal_outcomes,signal_relationship,"
                                       "signal_communication,signal_company_fit,signal_willingness,do_not_ask_until,"
                                       "nudge_fatigue,success_story,value_outcomes,owner_id,last_verified");
    m_consents = make("consents", "id,advocate_id,asset,granted_on,expires_on");
    m_nps = make("nps_responses", "id,advocate_id,score,comment,responded_on,source");
    m_nominations = make("nominations", "id,advocate_id,nominated_by,nominated_on,evidence,status,status_changed_at");
    m_participations = make("participations", "id,advocate_id,activity_type_id,request_id,occurred_on,points,"
                                              "artifact_link,published_on,final_shared_on");
    m_appreciations = make("appreciations", "id,advocate_id,participation_id,kind,occurred_on,cost");
    m_touches = make("touches", "id,advocate_id,kind,occurred_on,note,logged_by");
    m_referrals = make("referrals", "id,advocate_id,referred_company,referred_contact,referred_on,status,value");
    m_feedback = make("feedback_items", "id,source,link,rating,sentiment,body,received_on,account_id,advocate_id");
    m_notes = make("advocate_notes", "id,advocate_id,body,author");
    m_preferences = make("activity_preferences", "id,advocate_id,activity_type_id,open_to");
    m_requests = make("requests", "id,requester,opportunity,prospect_company,industry,segment,region,product,"
                                  "deal_size,activity_type_id,needed_by,status,outcome,outcome_amount,opened_on");
    m_asks = make("asks", "id,request_id,advocate_id,activity_type_id,asked_on,answer,answered_on,reason");
    m_audit = make("audit_events", "id,entity_type,entity_id,advocate_id,field,old_value,new_value,reason,actor,"
                                   "occurred_at");
}

DemoWriter::~DemoWriter() = default;

QVariant DemoWriter::day(const QDate &date) const
{
    if (!date.isValid())
        return sqlNull();
    // Formatting dates is a tenth of the work at 100,000 advocates: format each day once.
    auto found = m_dayTexts.constFind(date.toJulianDay());
    if (found == m_dayTexts.constEnd())
        found = m_dayTexts.insert(date.toJulianDay(), date.toString(Qt::ISODate));
    return *found;
}

QString DemoWriter::stamp(const QDate &date) const
{
    return day(date).toString() + QStringLiteral("T09:00:00.000Z");
}

Status DemoWriter::flushAll(BulkInsert::Flush leaves)
{
    // Parents before children: foreign keys are checked as each statement runs, so
    // a table others refer to is always written out whole; the leaves may keep a
    // partial batch for next time.
    for (BulkInsert *parent : {m_users.get(), m_accountRows.get(), m_advocateRows.get(), m_requests.get(),
                               m_participations.get()})
        if (Status s = parent->flush(); !s)
            return s;
    for (BulkInsert *leaf : {m_purchases.get(), m_consents.get(), m_nps.get(), m_nominations.get(),
                             m_appreciations.get(), m_touches.get(), m_referrals.get(), m_feedback.get(),
                             m_notes.get(), m_preferences.get(), m_asks.get(), m_audit.get()})
        if (Status s = leaf->flush(leaves); !s)
            return s;
    return {};
}

Status DemoWriter::run(const DemoGenerator::Progress &progress)
{
    if (Status s = loadActivityTypes(); !s)
        return s;
    if (Status s = writeUsers(); !s)
        return s;
    if (Status s = writeAccounts(); !s)
        return s;
    // The search-index trigger reads an advocate's account name: accounts go first.
    if (Status s = flushAll(); !s)
        return s;
    const int total = m_options.advocates;
    for (int i = 0; i < total; ++i) {
        if (Status s = writeAdvocate(i); !s)
            return s;
        if (i % 256 == 255)
            if (Status s = flushAll(BulkInsert::Flush::FullBatchesOnly); !s)
                return s;
        if (progress && (i % 250 == 0) && !progress(i, total))
            return makeError(ErrorKind::Cancelled, QCoreApplication::translate("ad::Demo", "Demo data was cancelled."));
    }
    if (Status s = writeRequests(); !s)
        return s;
    if (m_options.exactProportions)
        if (Status s = writeExactTouches(); !s)
            return s;
    if (Status s = flushAll(); !s)
        return s;
    if (progress && !progress(total, total))
        return makeError(ErrorKind::Cancelled, QCoreApplication::translate("ad::Demo", "Demo data was cancelled."));
    return {};
}

Status DemoWriter::loadActivityTypes()
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name, barrier, points FROM activity_types ORDER BY name"));
    if (Status s = query.exec(); !s)
        return s;
    while (query.next())
        m_activities << ActivityRef{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toInt()};
    if (m_activities.isEmpty())
        return makeError(ErrorKind::Storage, QStringLiteral("The activity catalogue is empty."));
    return {};
}

const DemoWriter::ActivityRef &DemoWriter::activityNamed(const QString &name) const
{
    for (const ActivityRef &activity : m_activities)
        if (activity.name == name)
            return activity;
    return m_activities.first();
}

const DemoWriter::ActivityRef &DemoWriter::anyActivity(bool lowBarrierMostly)
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        const ActivityRef &candidate = m_random.pick(m_activities);
        const bool high = candidate.barrier == QLatin1String("high");
        if (!lowBarrierMostly || !high || m_random.chance(0.35))
            return candidate;
    }
    return activityNamed(QStringLiteral("Written testimonial"));
}

Status DemoWriter::writeUsers()
{
    const int csmCount = qBound(4, m_options.advocates / 100, 1000);
    QSet<QString> taken;
    auto add = [&](const QString &role) -> Result<QString> {
        QString name = m_names.person().display;
        for (int n = 2; taken.contains(name); ++n)
            name = m_names.person().display + (n > 6 ? QStringLiteral(" %1").arg(n) : QString());
        taken.insert(name);
        const QString id = m_random.uuid();
        if (Status s = m_users->add({id, name, role, stamp(daysAgo(900)), stamp(daysAgo(900))}); !s)
            return s.error();
        if (role == QLatin1String("csm"))
            m_csmNames << name;
        return id;
    };
    for (int i = 0; i < csmCount; ++i) {
        Result<QString> id = add(QStringLiteral("csm"));
        if (!id)
            return id.error();
        m_csmIds << *id;
    }
    for (int i = 0; i < 2; ++i)
        if (Result<QString> id = add(QStringLiteral("programme_manager")); !id)
            return id.error();
    return {};
}

Status DemoWriter::writeAccounts()
{
    const int count = qMax(3, m_options.advocates / 5);
    static const char *const segments[] = {"smb", "mid_market", "enterprise"};
    static const char *const healths[] = {"healthy", "at_risk", "critical"};
    for (int i = 0; i < count; ++i) {
        const QString industry = m_names.industry();
        const Region region = m_names.region();
        const QString name = m_names.company(industry, region);
        const int segment = m_random.weighted({40, 35, 25});
        const qint64 arr = segment == 0 ? m_random.between(5, 40) * 1000
                           : segment == 1 ? m_random.between(40, 250) * 1000
                                          : m_random.between(250, 2000) * 1000;
        // One account in ten renews within the month; one in twenty-five has an
        // open escalation. About one in six has left: its renewal passed and it
        // has bought nothing for a year (the programme's accounts retain better:
        // none of their advocates is enrolled).
        const bool churned = i % 6 == 3 && i % 10 != 5 && i % 25 != 7;
        const QDate renewal = churned      ? daysAgo(m_random.between(20, 300))
                              : i % 10 == 5 ? m_today.addDays(m_random.between(5, 29))
                                            : m_today.addDays(m_random.between(31, 365));
        const QDate since = daysAgo(m_random.between(400, 2200));
        const AccountRef ref{m_random.uuid(), name, m_names.domainFor(name), m_random.pick(m_csmIds), region.timeZone,
                             churned};
        if (Status s = m_accountRows->add({ref.id, name, industry, QString::fromLatin1(segments[segment]), region.name,
                                           region.country, m_names.products(), arr, day(since), day(renewal),
                                           QString::fromLatin1(healths[m_random.weighted({75, 18, 7})]),
                                           i % 25 == 7 ? 1 : 0, ref.ownerId,
                                           QStringLiteral("0015g%1").arg(m_random.next() % 0xFFFFFFFFULL, 8, 16,
                                                                         QLatin1Char('0')),
                                           stamp(since), stamp(since)});
            !s)
            return s;
        for (int p = m_random.between(2, 6); p > 0; --p) {
            const QDate on = m_random.dayWithin(daysAgo(730), churned ? daysAgo(400) : m_today);
            if (Status s = m_purchases->add({m_random.uuid(), ref.id, day(on), arr / m_random.between(3, 8),
                                             stamp(on), stamp(on)});
                !s)
                return s;
        }
        m_accounts << ref;
    }
    return {};
}

Status DemoWriter::writeAdvocate(int index)
{
    // Every 50th advocate plays each hard case, so even 200 advocates show them all.
    const int slot = index % 50;
    const Archetype archetype =
        slot >= 1 && slot <= 10 ? static_cast<Archetype>(slot) : Archetype::None;
    const AccountRef &account =
        index < m_accounts.size() ? m_accounts.at(index) : m_accounts.at(m_random.below(int(m_accounts.size())));
    int stage = 1 + m_random.weighted({35, 25, 20, 12, 8});
    if (archetype != Archetype::None)
        stage = qMax(stage, 3 + m_random.below(3)); // hard cases matter for likely advocates
    static const char *const tiers[] = {"community", "silver", "gold", "vip"};
    const int tier = qBound(0, stage - 2 + m_random.between(-1, 0), 3);
    const PersonName person = m_names.person();
    const QString email = m_names.uniqueEmail(person, account.domain);
    const QString id = m_random.uuid();
    const QDate created = daysAgo(m_random.between(60, 700));
    const QDate verified = archetype == Archetype::Stale ? daysAgo(m_random.between(400, 600))
                                                        : daysAgo(m_random.between(5, 330));
    auto signal = [&] { return qBound(0, stage + m_random.between(-2, 1), 5); };
    const QString story = stage >= 3 ? m_names.successStory(account.name) : QString();
    const QString outcome = stage >= 3 ? m_names.valueOutcome() : QString();
    if (Status s = m_advocateRows->add(
            {id, account.id, person.display, m_names.jobTitle(), email, email.toCaseFolded(),
             QStringLiteral("+60 12-%1 %2").arg(m_random.between(100, 999)).arg(m_random.between(1000, 9999)),
             person.language, account.timeZone, stage, QString::fromLatin1(tiers[tier]), signal(), signal(), signal(),
             signal(), signal(), signal(),
             archetype == Archetype::DoNotAsk ? day(m_today.addDays(m_random.between(20, 90))) : none(),
             m_random.chance(0.02) ? 1 : 0, story, outcome, account.ownerId, day(verified), stamp(created),
             stamp(verified)});
        !s)
        return s;
    m_advocates << AdvocateRef{id, stage, archetype};

    if (Status s = writeConsents(id, stage, archetype, account.churned); !s)
        return s;
    if (Status s = writeNps(id, stage, archetype); !s)
        return s;
    if (Status s = writeContributions(id, stage, archetype); !s)
        return s;
    // Exact proportions: touches fill each advocate's budget once requests have delivered.
    if (!m_options.exactProportions)
        if (Status s = writeTouches(id, archetype); !s)
            return s;
    return writeExtras(id, account, stage);
}

Status DemoWriter::writeConsents(const QString &advocateId, int stage, Archetype archetype, bool churned)
{
    bool reference = false;
    if (stage >= 3 && archetype != Archetype::NoConsent) {
        static const char *const assets[] = {"reference", "name", "logo", "quote", "case_study"};
        for (const char *asset : assets) {
            const bool isReference = qstrcmp(asset, "reference") == 0;
            if (!isReference && !m_random.chance(0.55))
                continue;
            if (isReference && !m_random.chance(0.85))
                continue;
            // Most consents were given or renewed within the year; a few are over a
            // year old and due to be re-confirmed.
            const QDate granted = daysAgo(m_random.chance(0.95) ? m_random.between(30, 330) : m_random.between(380, 470));
            // Some consents were given for a year (a few of those have lapsed).
            const QDate expires = m_random.chance(0.15) ? granted.addDays(365) : QDate();
            if (Status s = m_consents->add({m_random.uuid(), advocateId, QString::fromLatin1(asset), day(granted),
                                            day(expires), stamp(granted), stamp(granted)});
                !s)
                return s;
            reference = reference || (isReference && (!expires.isValid() || expires >= m_today));
        }
    }
    if (stage >= 2 && (m_random.chance(0.6) || archetype != Archetype::None))
        return writeNomination(advocateId, stage, reference, churned);
    return {};
}

Status DemoWriter::writeNomination(const QString &advocateId, int stage, bool hasReferenceConsent, bool churned)
{
    static const char *const statuses[] = {"nominated", "in_review", "cultivating", "invited",
                                           "enrolled",  "declined",  "not_a_fit",   "paused"};
    int status = m_random.weighted({14, 12, 18, 10, 30, 6, 4, 6});
    if (status == 4 && (!hasReferenceConsent || stage < 3))
        status = 2; // enrolment needs a reference consent
    if (status == 4 && churned)
        status = 7; // the customer left: paused
    // A pipeline that flows: a card waits days to weeks in a column before it
    // moves on, a few are stuck for months; enrolled and exit cards stay put.
    const bool moving = status <= 3;
    const int inStatus = moving ? (m_random.chance(0.85) ? m_random.between(1, 28) : m_random.between(45, 120))
                                : m_random.between(10, 300);
    const QDate changed = daysAgo(inStatus);
    const QDate nominated = status == 0 ? changed : changed.addDays(-m_random.between(5, 20) * (status >= 4 ? 4 : status + 1));
    const QString id = m_random.uuid();
    const QString csm = m_random.pick(m_csmNames);
    if (Status s = m_nominations->add({id, advocateId, csm, day(nominated),
                                       QStringLiteral("Promoter in the last survey; spoke up for us at the QBR."),
                                       QString::fromLatin1(statuses[status]), stamp(changed), stamp(nominated),
                                       stamp(changed)});
        !s)
        return s;
    if (Status s = audit(QStringLiteral("nomination"), id, advocateId, QStringLiteral("status"), QString(),
                         QStringLiteral("nominated"), nominated);
        !s)
        return s;
    if (status == 0)
        return {};
    return audit(QStringLiteral("nomination"), id, advocateId, QStringLiteral("status"), QStringLiteral("nominated"),
                 QString::fromLatin1(statuses[status]), changed);
}

Status DemoWriter::writeNps(const QString &advocateId, int stage, Archetype archetype)
{
    static const char *const sources[] = {"Quarterly survey", "In-app survey", "QBR", "Support follow-up"};
    const int responses = m_options.exactProportions ? kExactNpsResponses
                                                     : m_random.between(1, 4) + (stage >= 3 ? 1 : 0); // about three each
    QDate on = daysAgo(m_random.between(500, 720));
    for (int r = 0; r < responses; ++r) {
        on = qMin(m_today, on.addDays(m_random.between(60, 200)));
        // Mostly promoters, more so the further along the journey and the more
        // recent the answer: an NPS of +25 to +50 that rises over two years.
        const double recent = 1.0 - qBound(0.0, on.daysTo(m_today) / 730.0, 1.0);
        const double promoter = 0.34 + 0.035 * stage + 0.12 * recent;
        const double detractor = qMax(0.02, 0.26 - 0.02 * stage - 0.12 * recent);
        const double roll = m_random.unit();
        int score = roll < promoter                ? 9 + m_random.below(2)
                    : roll < 1.0 - detractor       ? 7 + m_random.below(2)
                                                   : 2 + m_random.below(5);
        if (archetype == Archetype::Detractor && r == responses - 1) {
            score = m_random.between(2, 5);
            on = daysAgo(m_random.between(5, 40));
        }
        if (Status s = m_nps->add({m_random.uuid(), advocateId, score, m_names.npsComment(score), day(on),
                                   QString::fromLatin1(sources[m_random.below(4)]), stamp(on), stamp(on)});
            !s)
            return s;
    }
    return {};
}

Status DemoWriter::writeContribution(const QString &advocateId, const ActivityRef &type, const QDate &on,
                                     const QString &requestId, bool thanked)
{
    if (m_options.exactProportions) {
        int &count = m_contributions[advocateId];
        if (count >= kExactEngagements)
            return {}; // a delivered request would overflow this advocate's budget
        ++count;
    }
    const QString id = m_random.uuid();
    const bool caseStudy = type.name == QLatin1String("Case study");
    // Published within weeks (a case study always, once it is a month and a half
    // old); the rest of the recent ones are still being prepared.
    const bool publishes = on.daysTo(m_today) > 20 && (m_random.chance(0.65) || (caseStudy && on.daysTo(m_today) > 45));
    const QDate published = publishes ? on.addDays(m_random.between(5, 20)) : QDate();
    // The final version of a case study goes to the advocate when it is
    // published; only recent ones are still owed it.
    const QDate finalShared = caseStudy && published.isValid() && (on.daysTo(m_today) > 45 || m_random.chance(0.7))
                                  ? published
                                  : QDate();
    if (Status s = m_participations->add(
            {id, advocateId, type.id, requestId.isEmpty() ? none() : QVariant(requestId), day(on), type.points,
             published.isValid() ? QStringLiteral("https://example.com/stories/%1").arg(id.left(8)) : QString(),
             day(published), day(finalShared), stamp(on), stamp(published.isValid() ? published : on)});
        !s)
        return s;
    const QDate thankedOn = on.addDays(m_random.between(1, 9));
    if (!thanked || thankedOn > m_today)
        return {};
    static const char *const kinds[] = {"thank_you_note", "executive_thank_you", "gift", "public_recognition",
                                        "exclusive_access", "event_invite"};
    const int kind = m_random.weighted({50, 12, 15, 10, 6, 7});
    return m_appreciations->add({m_random.uuid(), advocateId, id, QString::fromLatin1(kinds[kind]), day(thankedOn),
                                 kind == 2 ? m_random.between(30, 150) : 0, stamp(thankedOn), stamp(thankedOn)});
}

Status DemoWriter::writeContributions(const QString &advocateId, int stage, Archetype archetype)
{
    static const int ranges[5][2] = {{0, 2}, {1, 3}, {2, 6}, {4, 10}, {6, 14}};
    int count = m_random.between(ranges[stage - 1][0], ranges[stage - 1][1]);
    if (m_options.exactProportions)
        count = qMin(count, kExactOwnContributions);
    for (int c = 0; c < count; ++c) {
        const QDate on = m_random.dayWithin(daysAgo(720), daysAgo(35));
        // Thanked within days; only the last month's may still wait for it.
        const bool thanked = on.daysTo(m_today) > 30 || m_random.chance(0.6);
        if (Status s = writeContribution(advocateId, anyActivity(stage < 4), on, QString(), thanked); !s)
            return s;
    }
    switch (archetype) {
    case Archetype::Resting: // a case study ten days ago: resting for 30 days
        return writeContribution(advocateId, activityNamed(QStringLiteral("Case study")), daysAgo(10), QString(), true);
    case Archetype::ThankYouDue: // a review three days ago, nobody has said thank you yet
        return writeContribution(advocateId,
                                 activityNamed(QStringLiteral("Third-party review (G2 / Capterra / TrustRadius)")),
                                 daysAgo(3), QString(), false);
    case Archetype::UnusedCaseStudy: { // finished 70 days ago, never published, final version never shared
        const QString id = m_random.uuid();
        const ActivityRef &type = activityNamed(QStringLiteral("Case study"));
        if (m_options.exactProportions)
            ++m_contributions[advocateId];
        return m_participations->add({id, advocateId, type.id, none(), day(daysAgo(70)), type.points, QString(),
                                      none(), none(), stamp(daysAgo(70)), stamp(daysAgo(70))});
    }
    default:
        return {};
    }
}

Status DemoWriter::writeExactTouches()
{
    for (int i = 0; i < m_advocates.size(); ++i) {
        const AdvocateRef &advocate = m_advocates.at(i);
        const int touches = qMax(0, kExactEngagements - m_contributions.value(advocate.id));
        if (Status s = writeTouches(advocate.id, advocate.archetype, touches); !s)
            return s;
        if (i % 256 == 255)
            if (Status s = flushAll(BulkInsert::Flush::FullBatchesOnly); !s)
                return s;
    }
    return {};
}

Status DemoWriter::writeTouches(const QString &advocateId, Archetype archetype, int count)
{
    static const char *const kinds[] = {"check_in", "business_review", "executive_call", "event", "social_engagement"};
    static const char *const notes[] = {"Quarterly check-in, roadmap preview", "QBR with the operations team",
                                        "Intro call with our VP Customer Success", "Met at the regional user group",
                                        "Liked and shared their launch post"};
    if (count < 0)
        count = m_random.between(3, 10);
    // A one-way relationship: asked recently, but nobody has simply been in touch for months.
    const QDate latest = archetype == Archetype::OneWay ? daysAgo(120) : m_today;
    for (int t = 0; t < count; ++t) {
        const QDate on = m_random.dayWithin(daysAgo(720), latest);
        const int kind = m_random.weighted({45, 15, 8, 12, 20});
        if (Status s = m_touches->add({m_random.uuid(), advocateId, QString::fromLatin1(kinds[kind]), day(on),
                                       QString::fromLatin1(notes[kind]), m_random.pick(m_csmNames), stamp(on),
                                       stamp(on)});
            !s)
            return s;
    }
    return {};
}

Status DemoWriter::writeExtras(const QString &advocateId, const AccountRef &account, int stage)
{
    if (stage >= 4 && m_random.chance(0.3)) {
        static const char *const statuses[] = {"new", "contacted", "qualified", "won", "lost"};
        const QDate on = m_random.dayWithin(daysAgo(500), m_today);
        const int status = m_random.weighted({15, 20, 25, 25, 15});
        const Region region = m_names.region();
        if (Status s = m_referrals->add({m_random.uuid(), advocateId, m_names.company(m_names.industry(), region),
                                         m_names.person().display, day(on), QString::fromLatin1(statuses[status]),
                                         status == 3 ? m_random.between(20, 300) * 1000 : 0, stamp(on), stamp(on)});
            !s)
            return s;
    }
    if (m_random.chance(0.12)) {
        static const char *const sources[] = {"G2", "Capterra", "TrustRadius", "Google", "Trustpilot", "social",
                                              "support", "survey"};
        const bool positive = stage >= 3 ? m_random.chance(0.85) : m_random.chance(0.5);
        const QDate on = m_random.dayWithin(daysAgo(600), m_today);
        const int source = m_random.below(8);
        if (Status s = m_feedback->add({m_random.uuid(), QString::fromLatin1(sources[source]),
                                        source < 5 ? QStringLiteral("https://reviews.example.com/r/%1")
                                                         .arg(m_random.next() % 100000)
                                                   : QString(),
                                        positive ? m_random.between(4, 5) : m_random.between(1, 3),
                                        positive ? QStringLiteral("positive") : QStringLiteral("negative"),
                                        m_names.feedbackText(positive), day(on), account.id, advocateId, stamp(on),
                                        stamp(on)});
            !s)
            return s;
    }
    if (m_random.chance(0.25)) {
        const ActivityRef &open = m_random.pick(m_activities);
        const ActivityRef &closed = m_random.pick(m_activities);
        const QString created = stamp(daysAgo(m_random.between(30, 300)));
        if (Status s = m_preferences->add({m_random.uuid(), advocateId, open.id, 1, created, created}); !s)
            return s;
        if (closed.id != open.id)
            if (Status s = m_preferences->add({m_random.uuid(), advocateId, closed.id, 0, created, created}); !s)
                return s;
    }
    if (m_random.chance(0.2)) {
        static const char *const notes[] = {
            "Prefers email over calls; based in the Penang office.",
            "Happy to talk to prospects in logistics, not in retail.",
            "Mentioned their CFO is a fan — possible executive sponsor.",
            "喜歡用中文溝通，週五下午不方便。",
            "Lebih suka dihubungi melalui WhatsApp.",
        };
        const QString created = stamp(daysAgo(m_random.between(1, 300)));
        if (Status s = m_notes->add({m_random.uuid(), advocateId, QString::fromUtf8(notes[m_random.below(5)]),
                                     m_random.pick(m_csmNames), created, created});
            !s)
            return s;
    }
    return {};
}

Status DemoWriter::audit(const QString &entityType, const QString &entityId, const QString &advocateId,
                         const QString &field, const QString &from, const QString &to, const QDate &on)
{
    return m_audit->add({m_random.uuid(), entityType, entityId, advocateId, field, from, to, QString(),
                         m_random.pick(m_csmNames), stamp(on), stamp(on), stamp(on)});
}

} // namespace ad::demo
