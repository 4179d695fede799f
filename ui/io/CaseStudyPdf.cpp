#include "CaseStudyPdf.h"

#include "io/UserFile.h"
#include "util/Formats.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct CaseStudyPdfText
{
    Q_DECLARE_TR_FUNCTIONS(ad::CaseStudyPdf)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString filterText(const CaseStudyFilter &filter)
{
    QStringList parts;
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(label, value);
    };
    add(CaseStudyPdfText::tr("Industry"), filter.industry);
    add(CaseStudyPdfText::tr("Region"), filter.region);
    add(CaseStudyPdfText::tr("Segment"), filter.segment);
    add(CaseStudyPdfText::tr("Product"), filter.product);
    add(CaseStudyPdfText::tr("Tier"), filter.tier);
    return parts.isEmpty() ? CaseStudyPdfText::tr("none") : parts.join(QStringLiteral("; "));
}

QString section(const CaseStudyEntry &entry)
{
    const QString who = entry.name.isEmpty() ? CaseStudyPdfText::tr("Anonymous advocate") : entry.name;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(who));
    QStringList line;
    if (!entry.title.isEmpty())
        line << esc(entry.title);
    if (!entry.company.isEmpty())
        line << esc(entry.company);
    if (!line.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(line.join(QStringLiteral(", ")));
    html += QStringLiteral("<p>%1: %2 · %3: %4 · %5: %6 · %7: %8</p>")
                .arg(CaseStudyPdfText::tr("Industry"), esc(entry.industry), CaseStudyPdfText::tr("Segment"), esc(entry.segment), CaseStudyPdfText::tr("Region"),
                     esc(entry.region), CaseStudyPdfText::tr("Tier"), esc(entry.tier));
    if (!entry.products.isEmpty())
        html += QStringLiteral("<p>%1: %2</p>")
                    .arg(CaseStudyPdfText::tr("Products"), esc(entry.products.join(QStringLiteral(", "))));
    if (!entry.quote.isEmpty())
        html += QStringLiteral("<blockquote><i>“%1”</i></blockquote>").arg(esc(entry.quote));
    if (!entry.caseStudy.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(entry.caseStudy));
    for (const QString &link : entry.caseStudyLinks)
        html += QStringLiteral("<p>%1</p>").arg(esc(link));
    return html;
}

} // namespace

QString CaseStudyPdf::html(const QList<CaseStudyEntry> &entries, const CaseStudyFilter &filter, QDate date)
{
    QString html = QStringLiteral("<html><body><h1>%1</h1><p>%2</p><p>%3</p><hr>")
                       .arg(esc(CaseStudyPdfText::tr("Customer Case Studies")),
                            esc(CaseStudyPdfText::tr("Date: %1").arg(Formats::date(date))),
                            esc(CaseStudyPdfText::tr("Filters: %1").arg(filterText(filter))));
    if (entries.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(CaseStudyPdfText::tr("No advocate matches these filters with a current consent.")));
    for (const CaseStudyEntry &entry : entries)
        html += section(entry);
    return html + QStringLiteral("</body></html>");
}

QByteArray CaseStudyPdf::render(const QList<CaseStudyEntry> &entries, const CaseStudyFilter &filter,
                                QDate date)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(CaseStudyPdfText::tr("Customer Case Studies"));
        writer.setCreator(QStringLiteral("Advocate Desk"));
        QTextDocument document;
        document.setHtml(html(entries, filter, date));
        document.print(&writer);
    } // the writer finishes the file when it goes
    return buffer.data();
}

Result<int> CaseStudyPdf::write(const QString &path, const QList<CaseStudyEntry> &entries,
                                const CaseStudyFilter &filter, QDate date)
{
    const Status written =
        UserFile::write(path, render(entries, filter, date), UserFile::Contents::PersonalData);
    if (!written)
        return written.error();
    return int(entries.size());
}

} // namespace ad
