#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ad {

// What a CSV file holds, and the fields a row of it can fill.
enum class ImportKind
{
    Accounts,
    Advocates,
    Nps,
    Purchases,
    Contributions
};

struct ImportField
{
    QString key;         // "email", "account", "first_name" ...: what mappings name
    bool required = false;
    QStringList aliases; // normalised header names matched automatically
};

QString keyOf(ImportKind kind); // "accounts", "advocates", "nps", "purchases", "contributions"
std::optional<ImportKind> parseImportKind(const QString &key);
QList<ImportKind> allImportKinds();
const QList<ImportField> &importFields(ImportKind kind);
bool isImportField(ImportKind kind, const QString &key);
// What a person reads for a field key: "First name" for "first_name" (translated).
QString importFieldLabel(const QString &key);

// "First Name", "first_name" and "FIRSTNAME" compare equal: case, spaces,
// underscores, hyphens, dots and slashes do not matter in header names.
QString normalisedHeader(const QString &header);

} // namespace ad
