#include "ImportKind.h"

#include <QCoreApplication>

namespace ad {

namespace {

ImportField field(const char *key, bool required, std::initializer_list<const char *> aliases)
{
    ImportField f{QString::fromLatin1(key), required, {}};
    f.aliases << normalisedHeader(f.key);
    for (const char *alias : aliases)
        f.aliases << QString::fromLatin1(alias);
    return f;
}

// Names seen in CRM, survey and spreadsheet exports, already normalised.
QList<ImportField> accountFields()
{
    return {field("name", true, {"account", "accountname", "company", "companyname", "organisation",
                                 "organization"}),
            field("industry", false, {"sector", "vertical"}),
            field("segment", false, {"customersegment", "size"}),
            field("region", false, {"territory", "geo"}),
            field("country", false, {"billingcountry", "countryregion"}),
            field("products", false, {"product", "productsused"}),
            field("arr", false, {"annualrecurringrevenue", "annualrevenue"}),
            field("customer_since", false, {"since", "customerdate"}),
            field("renewal_date", false, {"renewal", "contractenddate"}),
            field("health", false, {"healthscore", "accounthealth"}),
            field("external_crm_id", false, {"crmid", "accountid", "recordid", "externalid"})};
}

QList<ImportField> advocateFields()
{
    return {field("email", true, {"emailaddress", "mail", "email1"}),
            field("name", false, {"fullname", "contactname", "contact"}),
            field("first_name", false, {"firstname", "givenname"}),
            field("last_name", false, {"lastname", "surname", "familyname"}),
            field("title", false, {"jobtitle", "position", "role"}),
            field("account", true, {"accountname", "company", "companyname", "organisation", "organization"}),
            field("phone", false, {"phonenumber", "mobile", "mobilephone", "businessphone"}),
            field("profile_url", false, {"profile", "linkedin", "linkedinurl"}),
            field("language", false, {"preferredlanguage", "locale"}),
            field("time_zone", false, {"timezone", "tz"})};
}

QList<ImportField> npsFields()
{
    return {field("email", true, {"emailaddress", "respondentemail"}),
            field("score", true, {"npsscore", "nps", "rating", "likelihoodtorecommend"}),
            field("date", false, {"respondedon", "responsedate", "submittedat", "surveydate", "submitted"}),
            field("comment", false, {"comments", "feedback", "reason"}),
            field("source", false, {"survey", "channel"})};
}

QList<ImportField> purchaseFields()
{
    return {field("account", true, {"accountname", "company", "companyname", "associatedcompany"}),
            field("date", true, {"purchasedon", "purchasedate", "closedate", "orderdate"}),
            field("amount", true, {"total", "value", "price"})};
}

QList<ImportField> contributionFields()
{
    return {field("email", true, {"emailaddress"}),
            field("activity", true, {"activitytype", "type"}),
            field("date", false, {"occurredon", "contributiondate"}),
            field("points", false, {}),
            field("artifact_link", false, {"artifact", "link", "url"}),
            field("published_on", false, {"published", "publishdate"}),
            field("notes", false, {"note", "comment", "comments"})};
}

// The labels a person reads for the field keys mappings use.
struct FieldLabel
{
    const char *key;
    const char *label;
};
const FieldLabel kFieldLabels[] = {
        {"name", QT_TRANSLATE_NOOP("ad::ImportKind", "Name")},
        {"industry", QT_TRANSLATE_NOOP("ad::ImportKind", "Industry")},
        {"segment", QT_TRANSLATE_NOOP("ad::ImportKind", "Segment")},
        {"region", QT_TRANSLATE_NOOP("ad::ImportKind", "Region")},
        {"country", QT_TRANSLATE_NOOP("ad::ImportKind", "Country")},
        {"products", QT_TRANSLATE_NOOP("ad::ImportKind", "Products")},
        {"arr", QT_TRANSLATE_NOOP("ad::ImportKind", "ARR")},
        {"customer_since", QT_TRANSLATE_NOOP("ad::ImportKind", "Customer since")},
        {"renewal_date", QT_TRANSLATE_NOOP("ad::ImportKind", "Renewal date")},
        {"health", QT_TRANSLATE_NOOP("ad::ImportKind", "Health")},
        {"external_crm_id", QT_TRANSLATE_NOOP("ad::ImportKind", "CRM id")},
        {"email", QT_TRANSLATE_NOOP("ad::ImportKind", "Email")},
        {"first_name", QT_TRANSLATE_NOOP("ad::ImportKind", "First name")},
        {"last_name", QT_TRANSLATE_NOOP("ad::ImportKind", "Last name")},
        {"title", QT_TRANSLATE_NOOP("ad::ImportKind", "Title")},
        {"account", QT_TRANSLATE_NOOP("ad::ImportKind", "Account")},
        {"phone", QT_TRANSLATE_NOOP("ad::ImportKind", "Phone")},
        {"profile_url", QT_TRANSLATE_NOOP("ad::ImportKind", "Profile URL")},
        {"language", QT_TRANSLATE_NOOP("ad::ImportKind", "Language")},
        {"time_zone", QT_TRANSLATE_NOOP("ad::ImportKind", "Time zone")},
        {"score", QT_TRANSLATE_NOOP("ad::ImportKind", "Score")},
        {"date", QT_TRANSLATE_NOOP("ad::ImportKind", "Date")},
        {"comment", QT_TRANSLATE_NOOP("ad::ImportKind", "Comment")},
        {"source", QT_TRANSLATE_NOOP("ad::ImportKind", "Source")},
        {"activity", QT_TRANSLATE_NOOP("ad::ImportKind", "Activity")},
        {"points", QT_TRANSLATE_NOOP("ad::ImportKind", "Points")},
        {"artifact_link", QT_TRANSLATE_NOOP("ad::ImportKind", "Artifact link")},
        {"published_on", QT_TRANSLATE_NOOP("ad::ImportKind", "Published on")},
        {"notes", QT_TRANSLATE_NOOP("ad::ImportKind", "Notes")},
        {"amount", QT_TRANSLATE_NOOP("ad::ImportKind", "Amount")},
};

} // namespace

QString importFieldLabel(const QString &key)
{
    for (const FieldLabel &field : kFieldLabels) {
        if (key == QLatin1String(field.key))
            return QCoreApplication::translate("ad::ImportKind", field.label);
    }
    return key;
}

QString keyOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return QStringLiteral("accounts");
    case ImportKind::Advocates:
        return QStringLiteral("advocates");
    case ImportKind::Nps:
        return QStringLiteral("nps");
    case ImportKind::Purchases:
        return QStringLiteral("purchases");
    case ImportKind::Contributions:
        return QStringLiteral("contributions");
    }
    return {};
}

QList<ImportKind> allImportKinds()
{
    return {ImportKind::Accounts, ImportKind::Advocates, ImportKind::Nps, ImportKind::Purchases,
            ImportKind::Contributions};
}

std::optional<ImportKind> parseImportKind(const QString &key)
{
    for (ImportKind kind : allImportKinds())
        if (keyOf(kind) == key)
            return kind;
    return std::nullopt;
}

const QList<ImportField> &importFields(ImportKind kind)
{
    // Indexed by the enum's value, in its declaration order.
    static const QList<ImportField> fields[] = {accountFields(), advocateFields(), npsFields(), purchaseFields(),
                                                contributionFields()};
    return fields[static_cast<int>(kind)];
}

bool isImportField(ImportKind kind, const QString &key)
{
    for (const ImportField &f : importFields(kind))
        if (f.key == key)
            return true;
    return false;
}

QString normalisedHeader(const QString &header)
{
    QString key;
    for (QChar c : header.trimmed().toCaseFolded())
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.') &&
            c != QLatin1Char('/'))
            key += c;
    return key;
}

} // namespace ad
