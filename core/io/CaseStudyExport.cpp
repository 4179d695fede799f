#include "CaseStudyExport.h"

#include "UserFile.h"
#include "CaseStudyRedaction.h"
#include "CsvWriter.h"
#include "ImportKind.h"
#include "domain/Advocate.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ad {

namespace {

const QStringList kPublishingAssets{QStringLiteral("name"), QStringLiteral("logo"), QStringLiteral("quote"),
                                    QStringLiteral("case_study")};

// A filter value matches the stored key or the label, ignoring case and spacing.
template <typename Enum>
bool matchesEnum(const QString &wanted, Enum value)
{
    return wanted.isEmpty() || normalisedHeader(wanted) == normalisedHeader(keyOf(value)) ||
           normalisedHeader(wanted) == normalisedHeader(displayName(value));
}

bool matchesText(const QString &wanted, const QString &value)
{
    return wanted.isEmpty() || wanted.trimmed().compare(value.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<QHash<QString, QStringList>> CaseStudyExport::currentAssets() const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT advocate_id, asset, granted_on, expires_on, revoked_on "
                                                "FROM consents ORDER BY advocate_id, asset"));
    if (Status status = query.exec(); !status)
        return status.error();
    const QDate today = m_context.clock.today();
    QHash<QString, QStringList> assets;
    while (query.next()) {
        const QString asset = query.value(1).toString();
        Consent consent;
        consent.grantedOn = time::dateFromStorage(query.value(2));
        consent.expiresOn = time::dateFromStorage(query.value(3));
        consent.revokedOn = time::dateFromStorage(query.value(4));
        QStringList &held = assets[query.value(0).toString()];
        if (kPublishingAssets.contains(asset) && consent.isCurrentOn(today) && !held.contains(asset))
            held << asset;
    }
    return assets;
}

Result<QHash<QString, QStringList>> CaseStudyExport::caseStudyLinks() const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT p.advocate_id, p.artifact_link FROM participations p "
                                  "JOIN activity_types t ON t.id = p.activity_type_id "
                                  "WHERE ") +
                       m_context.db.dialect().caseFolded(QStringLiteral("t.name")) + QStringLiteral(" = ") +
                       m_context.db.dialect().caseFolded(QStringLiteral("'Case study'")) +
                       QStringLiteral(" AND p.artifact_link <> '' ORDER BY p.occurred_on, p.rowid"));
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<QString, QStringList> links;
    while (query.next())
        links[query.value(0).toString()] << query.value(1).toString();
    return links;
}

Result<QList<CaseStudyEntry>> CaseStudyExport::entries(const CaseStudyFilter &filter, CaseStudyPreview *preview) const
{
    CaseStudyPreview counts;
    Result<QHash<QString, QStringList>> assets = currentAssets();
    if (!assets)
        return assets.error();
    Result<QHash<QString, QStringList>> links = caseStudyLinks();
    if (!links)
        return links.error();
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT v.id, v.name, v.title, v.tier, v.success_story, v.value_outcomes, a.name, "
                                  "a.industry, a.segment, a.region, a.products, v.email, a.country FROM advocates v "
                                  "JOIN accounts a ON a.id = v.account_id ORDER BY ") +
                       m_context.db.dialect().caseFolded(QStringLiteral("a.name")) + QStringLiteral(", ") +
                       m_context.db.dialect().caseFolded(QStringLiteral("v.name")));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<CaseStudyEntry> entries;
    while (query.next()) {
        const QStringList held = assets->value(query.value(0).toString());
        const Tier tier = parseTier(query.value(3).toString()).value_or(Tier::Community);
        const Segment segment = parseSegment(query.value(8).toString()).value_or(Segment::MidMarket);
        const QString productText = query.value(10).toString();
        const QStringList products = productText.isEmpty() ? QStringList() : productText.split(QStringLiteral("; "));
        const bool productMatches =
            filter.product.isEmpty() ||
            std::any_of(products.begin(), products.end(), [&](const QString &p) { return matchesText(filter.product, p); });
        if (!matchesText(filter.industry, query.value(7).toString()) ||
            !matchesText(filter.region, query.value(9).toString()) || !matchesEnum(filter.segment, segment) ||
            !matchesEnum(filter.tier, tier) || !productMatches)
            continue;
        if (held.isEmpty() && !filter.anonymiseOthers) {
            ++counts.withoutConsent;
            continue;
        }

        CaseStudyEntry entry;
        entry.consentedAssets = held;
        const bool personNamed = held.contains(QStringLiteral("name"));
        const bool companyNamed = held.contains(QStringLiteral("logo"));
        if (personNamed) {
            entry.name = query.value(1).toString();
            entry.title = query.value(2).toString();
        }
        if (companyNamed)
            entry.company = query.value(6).toString();
        // What is shown of someone not named must not name them either.
        const QString place = query.value(12).toString().isEmpty() ? query.value(9).toString() : query.value(12).toString();
        const CaseStudyRedaction redaction({query.value(1).toString(), query.value(11).toString(),
                                            query.value(6).toString(), query.value(7).toString(), place},
                                           personNamed, companyNamed);
        bool changed = false;
        if (held.contains(QStringLiteral("quote"))) {
            entry.quote = redaction.apply(query.value(4).toString(), &changed);
            entry.redacted = entry.redacted || changed;
        }
        if (held.contains(QStringLiteral("case_study"))) {
            entry.caseStudy = redaction.apply(query.value(5).toString(), &changed);
            entry.redacted = entry.redacted || changed;
            for (const QString &link : links->value(query.value(0).toString())) {
                if (redaction.names(link))
                    ++counts.linksWithheld;
                else
                    entry.caseStudyLinks << link;
            }
        }
        ++(personNamed ? counts.named : counts.anonymous);
        counts.redacted += entry.redacted ? 1 : 0;
        entry.industry = query.value(7).toString();
        entry.segment = keyOf(segment);
        entry.region = query.value(9).toString();
        entry.products = products;
        entry.tier = keyOf(tier);
        entries << entry;
    }
    if (preview)
        *preview = counts;
    return entries;
}

QByteArray CaseStudyExport::toCsv(const QList<CaseStudyEntry> &entries)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("company"), QStringLiteral("industry"),
                QStringLiteral("segment"), QStringLiteral("region"), QStringLiteral("products"),
                QStringLiteral("tier"), QStringLiteral("quote"), QStringLiteral("case_study"),
                QStringLiteral("case_study_links"), QStringLiteral("consented_assets"), QStringLiteral("redacted")});
    for (const CaseStudyEntry &e : entries)
        csv.addRow({e.name, e.title, e.company, e.industry, e.segment, e.region, e.products.join(QStringLiteral("; ")),
                    e.tier, e.quote, e.caseStudy, e.caseStudyLinks.join(QLatin1Char(' ')),
                    e.consentedAssets.join(QLatin1Char(' ')), e.redacted ? QStringLiteral("yes") : QString()});
    return csv.bytes();
}

QByteArray CaseStudyExport::toJson(const QList<CaseStudyEntry> &entries)
{
    QJsonArray array;
    for (const CaseStudyEntry &e : entries)
        array << QJsonObject{{QStringLiteral("name"), e.name},
                             {QStringLiteral("title"), e.title},
                             {QStringLiteral("company"), e.company},
                             {QStringLiteral("industry"), e.industry},
                             {QStringLiteral("segment"), e.segment},
                             {QStringLiteral("region"), e.region},
                             {QStringLiteral("products"), QJsonArray::fromStringList(e.products)},
                             {QStringLiteral("tier"), e.tier},
                             {QStringLiteral("quote"), e.quote},
                             {QStringLiteral("case_study"), e.caseStudy},
                             {QStringLiteral("case_study_links"), QJsonArray::fromStringList(e.caseStudyLinks)},
                             {QStringLiteral("consented_assets"), QJsonArray::fromStringList(e.consentedAssets)},
                             {QStringLiteral("redacted"), e.redacted}};
    return QJsonDocument(QJsonObject{{QStringLiteral("case_studies"), array}}).toJson(QJsonDocument::Indented);
}

Result<int> CaseStudyExport::write(const QString &path, Format format, const CaseStudyFilter &filter) const
{
    Result<QList<CaseStudyEntry>> list = entries(filter);
    if (!list)
        return list.error();
    const QByteArray bytes = format == Format::Csv ? toCsv(*list) : toJson(*list);
    if (Status status = UserFile::write(path, bytes, UserFile::Contents::PersonalData); !status)
        return status.error();
    return static_cast<int>(list->size());
}

} // namespace ad
