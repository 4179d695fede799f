#pragma once

#include "services/ServiceContext.h"
#include "util/Result.h"

#include <QJsonObject>

namespace ad {

// Writes sync bundles: versioned JSON (docs/sync-bundle.schema.json) of every row
// changed since this file's last export, for a colleague to merge.
class SyncExporter
{
public:
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("advocatedesk-sync"); }

    struct Summary
    {
        QString bundleId;
        QString since; // empty: everything
        int rows = 0;
    };

    explicit SyncExporter(const ServiceContext &context) : m_context(context) {}

    // The bundle of rows with updated_at at or after `since` (empty: every row).
    Result<QJsonObject> build(const QString &since) const;
    // When the last export was made, or empty before the first.
    Result<QString> lastExportAt() const;
    // Builds the changes since the last export (`full`: everything), writes them
    // atomically and owner-only, and only then remembers this export.
    Result<Summary> write(const QString &path, bool full) const;

private:
    const ServiceContext &m_context;
};

} // namespace ad
