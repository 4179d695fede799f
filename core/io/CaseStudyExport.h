#pragma once

#include "services/ServiceContext.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace ad {

// Which advocates marketing and sales want; empty members do not filter.
// Text filters compare case-insensitively; `segment` and `tier` take the stored
// key or the label ("mid_market" or "Mid-market").
struct CaseStudyFilter
{
    QString industry = {};
    QString region = {};
    QString segment = {};
    QString product = {};
    QString tier = {};
    // Advocates of the filter without any current publishing consent are left
    // out (false) or listed anonymously: no name, title, company, quote or case
    // study, only industry, segment, region, products and tier (true).
    bool anonymiseOthers = false;
};

// One advocate as the list shows them: only what a current consent allows.
// Without a name consent the person is anonymous (no name, no title); without a
// logo consent the company is not named; the quote and the case study text appear
// only with their own consent.
struct CaseStudyEntry
{
    QString name;
    QString title;
    QString company;
    QString industry;
    QString segment;
    QString region;
    QStringList products;
    QString tier;
    QString quote;
    QString caseStudy;
    QStringList caseStudyLinks;
    QStringList consentedAssets; // "name", "logo", "quote", "case_study"
    // The quote or case study named someone the list may not name, and says
    // "the customer" or "a logistics company in Malaysia" instead.
    bool redacted = false;
};

// What an export would hold, for the person to see before it is written.
struct CaseStudyPreview
{
    int named = 0;           // listed with their name
    int anonymous = 0;       // listed without it
    int redacted = 0;        // whose quote or story was redacted so as not to name them or their company
    int withoutConsent = 0;  // left out: no current publishing consent (not listed anonymously)
    int linksWithheld = 0;   // case-study links left out because they name the company or the person
};

// The case-study list export: advocates with at least one current publishing
// consent (name, logo, quote or case study) on the clock's today.
class CaseStudyExport
{
public:
    enum class Format
    {
        Csv,
        Json
    };

    explicit CaseStudyExport(const ServiceContext &context) : m_context(context) {}

    // `preview`, when given, counts what the list holds and what it leaves out.
    Result<QList<CaseStudyEntry>> entries(const CaseStudyFilter &filter, CaseStudyPreview *preview = nullptr) const;
    static QByteArray toCsv(const QList<CaseStudyEntry> &entries);
    static QByteArray toJson(const QList<CaseStudyEntry> &entries);
    // Writes atomically, owner-only (the list names people); returns how many advocates.
    Result<int> write(const QString &path, Format format, const CaseStudyFilter &filter) const;

private:
    Result<QHash<QString, QStringList>> currentAssets() const;
    Result<QHash<QString, QStringList>> caseStudyLinks() const;
    const ServiceContext &m_context;
};

} // namespace ad
