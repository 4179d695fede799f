#include "EmptyFileState.h"

#include "common/Icons.h"

#include <QPushButton>

namespace ad {

EmptyFileState::EmptyFileState(PageStack::Page page, QWidget *parent) : EmptyState(parent)
{
    using Page = PageStack::Page;
    switch (page) {
    case Page::MyDay:
        setObjectName(QStringLiteral("emptyState-myday"));
        setIcon(themedIcon("myday"));
        setTitle(tr("Your day starts here"));
        setText(tr("My Day gathers what you owe your advocates: follow-ups due, asks awaiting an answer, "
                   "advocates not touched lately. This database is still empty: load a demo programme to "
                   "look around, or import your advocates from a CSV file."));
        offerDemoAndImport();
        break;
    case Page::Pipeline: {
        setObjectName(QStringLiteral("emptyState-pipeline"));
        setIcon(themedIcon("pipeline"));
        setTitle(tr("No one in the pipeline yet"));
        setText(tr("Nominate a customer who could speak for you: each nomination moves across this board "
                   "from Nominated to Enrolled, then along the advocacy journey."));
        QPushButton *nominate = addAction(tr("Nominate…"));
        nominate->setObjectName(QStringLiteral("nominateButton"));
        connect(nominate, &QPushButton::clicked, this, &EmptyFileState::nominateRequested);
        QPushButton *import = addAction(tr("Import CSV…"));
        import->setObjectName(QStringLiteral("importButton"));
        connect(import, &QPushButton::clicked, this, &EmptyFileState::importRequested);
        break;
    }
    case Page::Advocates:
        break; // the advocates page has an empty state of its own
    case Page::Requests:
        setObjectName(QStringLiteral("emptyState-requests"));
        setIcon(themedIcon("requests"));
        setTitle(tr("No requests yet"));
        setText(tr("Sales and marketing ask for references, case studies and reviews here, and each ask "
                   "is matched to advocates who can be asked without wearing them out. First the "
                   "programme needs advocates."));
        offerDemoAndImport();
        break;
    case Page::Dashboard:
        setObjectName(QStringLiteral("emptyState-dashboard"));
        setIcon(themedIcon("dashboard"));
        setTitle(tr("Nothing to measure yet"));
        setText(tr("The dashboard shows the programme's KPIs — NPS, the journey funnel, contributions, "
                   "referrals and the revenue references help win — once there are advocates to count."));
        offerDemoAndImport();
        break;
    case Page::TierReview:
        setObjectName(QStringLiteral("emptyState-tiers"));
        setIcon(themedIcon("tiers"));
        setTitle(tr("No tiers to review yet"));
        setText(tr("Tier Review lists the advocates whose recommended tier differs from the one they hold, "
                   "for you to approve or override. There are no advocates in this database yet."));
        offerDemoAndImport();
        break;
    case Page::Feedback:
        setObjectName(QStringLiteral("emptyState-feedback"));
        setIcon(themedIcon("feedback"));
        setTitle(tr("No feedback yet"));
        setText(tr("Reviews, posts and survey answers gather here, each with the advocate who gave it. "
                   "Add advocates first; then record what they say here or on their profile."));
        offerDemoAndImport();
        break;
    }
}

void EmptyFileState::offerDemoAndImport()
{
    QPushButton *loadDemo = addAction(tr("Load demo data"));
    loadDemo->setObjectName(QStringLiteral("loadDemoButton"));
    connect(loadDemo, &QPushButton::clicked, this, &EmptyFileState::loadDemoRequested);
    QPushButton *import = addAction(tr("Import CSV…"));
    import->setObjectName(QStringLiteral("importButton"));
    connect(import, &QPushButton::clicked, this, &EmptyFileState::importRequested);
}

} // namespace ad
