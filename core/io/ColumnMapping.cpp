#include "ColumnMapping.h"

#include "UserFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ad::Import)
};

struct PresetEntry
{
    ImportKind kind;
    const char *header;
    const char *field; // "" ignores the column
};

// The headers of the CRMs' standard exports. Their id columns are kept out of
// advocates (ours are UUIDs) but become the account's external CRM id.
const PresetEntry kSalesforce[] = {
    {ImportKind::Advocates, "First Name", "first_name"},  {ImportKind::Advocates, "Last Name", "last_name"},
    {ImportKind::Advocates, "Email", "email"},            {ImportKind::Advocates, "Title", "title"},
    {ImportKind::Advocates, "Account Name", "account"},   {ImportKind::Advocates, "Phone", "phone"},
    {ImportKind::Advocates, "Mobile", ""},                {ImportKind::Advocates, "Contact ID", ""},
    {ImportKind::Advocates, "Account ID", ""},            {ImportKind::Advocates, "Mailing Country", ""},
    {ImportKind::Accounts, "Account Name", "name"},       {ImportKind::Accounts, "Industry", "industry"},
    {ImportKind::Accounts, "Billing Country", "country"}, {ImportKind::Accounts, "Annual Revenue", "arr"},
    {ImportKind::Accounts, "Account ID", "external_crm_id"},
    {ImportKind::Purchases, "Account Name", "account"},   {ImportKind::Purchases, "Close Date", "date"},
    {ImportKind::Purchases, "Amount", "amount"},
    {ImportKind::Nps, "Email", "email"},                  {ImportKind::Contributions, "Email", "email"},
};

const PresetEntry kHubSpot[] = {
    {ImportKind::Advocates, "First Name", "first_name"},    {ImportKind::Advocates, "Last Name", "last_name"},
    {ImportKind::Advocates, "Email", "email"},              {ImportKind::Advocates, "Job Title", "title"},
    {ImportKind::Advocates, "Company Name", "account"},     {ImportKind::Advocates, "Phone Number", "phone"},
    {ImportKind::Advocates, "Preferred language", "language"}, {ImportKind::Advocates, "Record ID", ""},
    {ImportKind::Accounts, "Company name", "name"},         {ImportKind::Accounts, "Industry", "industry"},
    {ImportKind::Accounts, "Country/Region", "country"},    {ImportKind::Accounts, "Annual Revenue", "arr"},
    {ImportKind::Accounts, "Record ID", "external_crm_id"},
    {ImportKind::Purchases, "Associated Company", "account"}, {ImportKind::Purchases, "Close Date", "date"},
    {ImportKind::Purchases, "Amount", "amount"},
    {ImportKind::Nps, "Email", "email"},                    {ImportKind::Contributions, "Email", "email"},
};

QString fieldList(ImportKind kind)
{
    QStringList keys;
    for (const ImportField &f : importFields(kind))
        keys << f.key;
    return keys.join(QStringLiteral(", "));
}

} // namespace

ColumnMapping ColumnMapping::preset(Preset preset)
{
    ColumnMapping mapping;
    mapping.m_preset = preset;
    mapping.m_name = preset == Preset::Salesforce ? QStringLiteral("salesforce")
                     : preset == Preset::HubSpot  ? QStringLiteral("hubspot")
                                                  : QStringLiteral("auto");
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::Invalid, ImportText::tr("%1: not a JSON mapping: %2 (at byte %3).")
                                                 .arg(source, parseError.errorString())
                                                 .arg(parseError.offset));
    const QJsonValue columns = document.object().value(QStringLiteral("columns"));
    if (!columns.isObject())
        return makeError(ErrorKind::Invalid,
                         ImportText::tr("%1: a mapping file needs a \"columns\" object, such as "
                            "{\"columns\": {\"E-mail\": \"email\"}}.")
                             .arg(source));
    ColumnMapping mapping;
    mapping.m_name = source;
    const QJsonObject object = columns.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return makeError(ErrorKind::Invalid,
                             ImportText::tr("%1: the column “%2” must map to a field name in quotes.").arg(source, it.key()));
        mapping.set(it.key(), it.value().toString());
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromJsonFile(const QString &path)
{
    Result<QByteArray> bytes = UserFile::read(path);
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes, QFileInfo(path).fileName());
}

Result<ColumnMapping> ColumnMapping::fromName(const QString &nameOrPath)
{
    if (nameOrPath.isEmpty() || nameOrPath == QLatin1String("auto"))
        return preset(Preset::Auto);
    if (nameOrPath == QLatin1String("salesforce"))
        return preset(Preset::Salesforce);
    if (nameOrPath == QLatin1String("hubspot"))
        return preset(Preset::HubSpot);
    return fromJsonFile(nameOrPath);
}

void ColumnMapping::set(const QString &header, const QString &field)
{
    m_explicit.insert(normalisedHeader(header), field.trimmed());
}

Result<QList<ColumnMapping::Binding>> ColumnMapping::resolve(ImportKind kind, const QStringList &header,
                                                             const QString &source) const
{
    QHash<QString, QString> explicitFields = m_explicit;
    const auto addPreset = [&](const auto &entries) {
        for (const PresetEntry &entry : entries)
            if (entry.kind == kind)
                explicitFields.insert(normalisedHeader(QString::fromLatin1(entry.header)),
                                      QString::fromLatin1(entry.field));
    };
    if (m_preset == Preset::Salesforce)
        addPreset(kSalesforce);
    else if (m_preset == Preset::HubSpot)
        addPreset(kHubSpot);

    // Explicit entries first, so an automatic match never takes a field a
    // mapping gives to a later column.
    QStringList fields(header.size());
    QSet<QString> bound;
    for (int column = 0; column < header.size(); ++column) {
        const QString key = normalisedHeader(header.at(column));
        if (!explicitFields.contains(key))
            continue;
        const QString field = explicitFields.value(key);
        if (field.isEmpty()) {
            fields[column] = QStringLiteral("-"); // ignored on purpose
            continue;
        }
        if (!isImportField(kind, field))
            return makeError(ErrorKind::Invalid, ImportText::tr("%1: “%2” is not a field of %3; the fields are: %4.")
                                                     .arg(m_name, field, keyOf(kind), fieldList(kind)));
        if (bound.contains(field))
            return makeError(ErrorKind::Invalid,
                             ImportText::tr("%1: two columns are mapped to the field %2.").arg(source, field));
        fields[column] = field;
        bound.insert(field);
    }
    for (int column = 0; column < header.size(); ++column) {
        if (!fields.at(column).isEmpty())
            continue;
        const QString key = normalisedHeader(header.at(column));
        for (const ImportField &candidate : importFields(kind))
            if (!bound.contains(candidate.key) && candidate.aliases.contains(key)) {
                fields[column] = candidate.key;
                bound.insert(candidate.key);
                break;
            }
    }
    QList<Binding> bindings;
    for (int column = 0; column < header.size(); ++column)
        if (!fields.at(column).isEmpty() && fields.at(column) != QLatin1String("-"))
            bindings << Binding{fields.at(column), header.at(column), column};
    for (const ImportField &f : importFields(kind))
        if (f.required && !bound.contains(f.key))
            return makeError(ErrorKind::Invalid,
                             ImportText::tr("%1: no column for the required field %2; name a column “%2” or map one to it "
                                "with --mapping.")
                                 .arg(source, f.key));
    return bindings;
}

} // namespace ad
