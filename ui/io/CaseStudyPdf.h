#pragma once

#include "io/CaseStudyExport.h"

#include <QDate>

namespace ad {

// The case-study list as a printable PDF: a title, the date, the filters, and
// one section per advocate showing only what their consents allow.
class CaseStudyPdf
{
public:
    static QString html(const QList<CaseStudyEntry> &entries, const CaseStudyFilter &filter, QDate date);
    static QByteArray render(const QList<CaseStudyEntry> &entries, const CaseStudyFilter &filter, QDate date);
    // Atomic and owner-only (it names people); returns how many advocates.
    static Result<int> write(const QString &path, const QList<CaseStudyEntry> &entries,
                             const CaseStudyFilter &filter, QDate date);
};

} // namespace ad
