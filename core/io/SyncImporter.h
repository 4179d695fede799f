#pragma once

#include "ErasureLedger.h"
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
// UUIDs); a row only the colleague changed takes the newer updated_at. A row
// both sides changed since the bundle's baseline is a conflict the user decides
// (SyncDecisions): while any is undecided, nothing is written and the report
// lists them with their differing fields. Merging the same bundle again
// changes nothing. A malformed bundle is refused before anything is written.
class SyncImporter
{
public:
    explicit SyncImporter(const ServiceContext &context) : m_context(context) {}

    Result<SyncReport> merge(const QJsonObject &bundle, const QString &source,
                             const SyncDecisions &decisions = {}) const;
    Result<SyncReport> mergeFile(const QString &path, const SyncDecisions &decisions = {}) const;

private:
    struct Pass
    {
        explicit Pass(const SyncDecisions &chosen) : decisions(chosen) {}
        QString since;
        QHash<QString, QString> idMap; // bundle UUID → the UUID of the same row here
        QSet<QString> erased;
        QSet<QString> unknownUsers; // the colleague's users this file does not have
        ErasureLedger::Lookup ledger;
        QString source;
        QString where; // the row being merged, for messages: "bundle.json: tables.advocates[3]"
        const SyncDecisions &decisions;
        SyncReport report;
    };

    Status applyErasures(const QJsonObject &bundle, const QList<QVariantHash> &auditRows, Pass &pass) const;
    Status matchUser(const QVariantHash &row, Pass &pass) const;
    bool confirmConsent(const QString &table, const QVariantHash &row, const QString &localId, Pass &pass) const;
    QString describeConsent(const QVariantHash &row, const QString &localId) const;
    Status refusedRow(const QString &table, const QString &id, const Error &error, Pass &pass) const;
    Status mergeRow(const QString &table, const QStringList &columns, QVariantHash row, Pass &pass) const;
    // Remembers that the colleague's UUID names this local row, for later bundles too.
    Status remember(const QString &table, const QString &bundleId, const QString &localId, Pass &pass) const;
    Status insertRow(const QString &table, const QStringList &columns, const QVariantHash &row, Pass &pass) const;
    Status updateRow(const QString &table, const QStringList &columns, const QString &localId,
                     const QVariantHash &row) const;
    const ServiceContext &m_context;
};

} // namespace ad
