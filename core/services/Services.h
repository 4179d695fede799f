#pragma once

#include "AccountService.h"
#include "AccountSummaryService.h"
#include "ActivityPreferenceService.h"
#include "ActivityTypeService.h"
#include "AdvocateDirectory.h"
#include "AdvocateService.h"
#include "AdvocateSummaryService.h"
#include "AuditLog.h"
#include "BoardService.h"
#include "EngagementService.h"
#include "FeedbackService.h"
#include "FollowUpService.h"
#include "MyDayService.h"
#include "NominationIntake.h"
#include "NominationService.h"
#include "NpsReport.h"
#include "NpsService.h"
#include "ProgrammeSettingsService.h"
#include "ReferralService.h"
#include "RequestMatcher.h"
#include "RequestService.h"
#include "RfmService.h"
#include "ScoringService.h"
#include "SearchService.h"
#include "ServiceContext.h"
#include "StatsService.h"
#include "TierReviewService.h"
#include "TimelineService.h"
#include "UserService.h"
#include "Withdrawal.h"
#include "rules/ProgrammeRules.h"

namespace ad {

// Every core service over one Database, one Clock and one acting user: what the
// GUI and the CLI hold. Not copyable: the services refer to its context.
class Services
{
public:
    Services(Database &db, const Clock &clock, const QString &actor)
        : m_context{db, clock, actor}, m_accounts(m_context), m_advocates(m_context), m_directory(m_context),
          m_nominations(m_context), m_nps(m_context), m_engagement(m_context), m_activityTypes(m_context),
          m_search(m_context), m_stats(m_context), m_users(m_context), m_audit(m_context),
          m_timeline(m_context), m_boards(m_context, m_rules), m_feedback(m_context), m_referrals(m_context),
          m_intake(m_context), m_myDay(m_context, m_rules), m_npsReport(m_context, m_rules),
          m_requests(m_context, m_rules), m_matcher(m_context, m_rules), m_preferences(m_context),
          m_followUps(m_context, m_rules), m_scoring(m_context, m_rules), m_rfm(m_context, m_rules),
          m_tierReviews(m_context, m_rules), m_settings(m_context, m_rules),
          m_accountSummaries(m_context, m_rules), m_withdrawal(m_context),
          m_advocateSummaries(m_context, m_rules)
    {
    }
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    const ServiceContext &context() const { return m_context; }
    // The person at the keyboard said who they are (Preferences, first start):
    // every service names them from the next call on.
    void setActor(const QString &actor) { m_context.actor = actor; }
    Database &database() const { return m_context.db; }
    const Clock &clock() const { return m_context.clock; }
    // The programme's tunable numbers; the rule services read them at each call.
    ProgrammeRules &rules() { return m_rules; }

    AccountService &accounts() { return m_accounts; }
    AdvocateService &advocates() { return m_advocates; }
    AdvocateDirectory &directory() { return m_directory; }
    NominationService &nominations() { return m_nominations; }
    NpsService &nps() { return m_nps; }
    EngagementService &engagement() { return m_engagement; }
    ActivityTypeService &activityTypes() { return m_activityTypes; }
    SearchService &search() { return m_search; }
    StatsService &stats() { return m_stats; }
    UserService &users() { return m_users; }
    AuditLog &audit() { return m_audit; }
    TimelineService &timeline() { return m_timeline; }
    BoardService &boards() { return m_boards; }
    FeedbackService &feedback() { return m_feedback; }
    ReferralService &referrals() { return m_referrals; }
    NominationIntake &intake() { return m_intake; }
    MyDayService &myDay() { return m_myDay; }
    NpsReport &npsReport() { return m_npsReport; }
    RequestService &requests() { return m_requests; }
    RequestMatcher &matcher() { return m_matcher; }
    ActivityPreferenceService &preferences() { return m_preferences; }
    FollowUpService &followUps() { return m_followUps; }
    ScoringService &scoring() { return m_scoring; }
    RfmService &rfm() { return m_rfm; }
    TierReviewService &tierReviews() { return m_tierReviews; }
    // Loads and saves rules() from the file; call settings().apply() after opening.
    ProgrammeSettingsService &settings() { return m_settings; }
    AccountSummaryService &accountSummaries() { return m_accountSummaries; }
    // Takes back what was just recorded (Undo).
    Withdrawal &withdrawal() { return m_withdrawal; }
    AdvocateSummaryService &advocateSummaries() { return m_advocateSummaries; }

private:
    ServiceContext m_context;
    ProgrammeRules m_rules; // before the services that refer to it
    AccountService m_accounts;
    AdvocateService m_advocates;
    AdvocateDirectory m_directory;
    NominationService m_nominations;
    NpsService m_nps;
    EngagementService m_engagement;
    ActivityTypeService m_activityTypes;
    SearchService m_search;
    StatsService m_stats;
    UserService m_users;
    AuditLog m_audit;
    TimelineService m_timeline;
    BoardService m_boards;
    FeedbackService m_feedback;
    ReferralService m_referrals;
    NominationIntake m_intake;
    MyDayService m_myDay;
    NpsReport m_npsReport;
    RequestService m_requests;
    RequestMatcher m_matcher;
    ActivityPreferenceService m_preferences;
    FollowUpService m_followUps;
    ScoringService m_scoring;
    RfmService m_rfm;
    TierReviewService m_tierReviews;
    ProgrammeSettingsService m_settings;
    AccountSummaryService m_accountSummaries;
    Withdrawal m_withdrawal;
    AdvocateSummaryService m_advocateSummaries;
};

} // namespace ad
