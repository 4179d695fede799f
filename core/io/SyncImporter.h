#pragma once

#include "SyncReport.h"
#include "services/ServiceContext.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QVariantHash>

namespace ad {

// Merges a colleague's sync bundle in one transaction. A row is known by its
// UUID (or by name / email when the same thing was created twice under two
// UUIDs); the newer updated_at wins; rows both sides changed since the bundle's
// baseline are reported as conflicts. Merging the same bundle again changes nothing.
class SyncImporter
{
public:
    explicit SyncImporter(const ServiceContext &context) : m_context(context) {}

    Result<SyncReport> merge(const QJsonObject &bundle, const QString &source) const;
    Result<SyncReport> mergeFile(const QString &path) const;

private:
    struct Pass
    {
        QString since;
        QHash<QString, QString> idMap; // bundle UUID → the UUID of the same row here
        QSet<QString> erased;
        SyncReport report;
    };

    Status applyErasures(const QJsonObject &bundle, Pass &pass) const;
    Status mergeRow(const QString &table, const QStringList &columns, QVariantHash row, Pass &pass) const;
    // Remembers that the colleague's UUID names this local row, for later bundles too.
    Status remember(const QString &table, const QString &bundleId, const QString &localId, Pass &pass) const;
    Status insertRow(const QString &table, const QStringList &columns, const QVariantHash &row, Pass &pass) const;
    Status updateRow(const QString &table, const QStringList &columns, const QString &localId,
                     const QVariantHash &row) const;
    const ServiceContext &m_context;
};

} // namespace ad
