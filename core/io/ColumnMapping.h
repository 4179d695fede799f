#pragma once

#include "ImportKind.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace ad {

// Which column of a file fills which field. Explicit entries (a preset or a
// mapping file) win; every other column is matched automatically by its header.
class ColumnMapping
{
public:
    enum class Preset
    {
        Auto,
        Salesforce,
        HubSpot
    };

    // A column bound to a field, as the preview shows it.
    struct Binding
    {
        QString field;
        QString header;
        int column = -1;
    };

    static ColumnMapping preset(Preset preset);
    // A JSON object {"columns": {"Header in file": "field", "Unused": ""}}; an
    // empty field ignores the column.
    static Result<ColumnMapping> fromJson(const QByteArray &json, const QString &source);
    static Result<ColumnMapping> fromJsonFile(const QString &path);
    // "auto", "salesforce", "hubspot", or the path of a mapping file.
    static Result<ColumnMapping> fromName(const QString &nameOrPath);

    QString name() const { return m_name; }
    void set(const QString &header, const QString &field);

    // Binds the header of a file of `kind`; refuses a mapping naming a field
    // that `kind` does not have, and a file lacking a required field.
    Result<QList<Binding>> resolve(ImportKind kind, const QStringList &header, const QString &source) const;

private:
    QString m_name = QStringLiteral("auto");
    Preset m_preset = Preset::Auto;
    QHash<QString, QString> m_explicit; // normalised header → field ("" ignores it)
};

} // namespace ad
