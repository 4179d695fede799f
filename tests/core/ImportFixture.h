#pragma once

// What the import tests share: a fresh database, options, parsing and commits.
#include "TempDatabase.h"
#include "io/Importer.h"
#include "storage/SqlQuery.h"

#include <gtest/gtest.h>

namespace ad::test {

inline QString issuesText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &issue : report.issues)
        lines << report.describe(issue);
    return lines.join(QLatin1Char('\n'));
}

class ImportFixture : public ::testing::Test
{
protected:
    TempDatabase temp;

    ImportOptions options(ImportKind kind, DuplicatePolicy policy = DuplicatePolicy::Refuse,
                          ColumnMapping::Preset preset = ColumnMapping::Preset::Auto)
    {
        ImportOptions o;
        o.kind = kind;
        o.onDuplicate = policy;
        o.mapping = ColumnMapping::preset(preset);
        return o;
    }

    CsvTable table(const char *csv)
    {
        Result<CsvTable> parsed = CsvReader::parse(QByteArray(csv), QStringLiteral("in.csv"));
        EXPECT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
        return parsed.ok() ? parsed.value() : CsvTable{};
    }

    Result<ImportReport> commit(const char *csv, const ImportOptions &o)
    {
        return Importer(temp.services().context()).commit(table(csv), QStringLiteral("in.csv"), o);
    }

    // Commits a file that must be refused row by row, and proves nothing was written.
    ImportReport refused(const char *csv, const ImportOptions &o)
    {
        const QString before = temp.snapshot();
        Result<ImportReport> report = commit(csv, o);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        EXPECT_EQ(temp.snapshot(), before);
        if (!report.ok())
            return {};
        EXPECT_FALSE(report->committed);
        EXPECT_TRUE(report->hasIssues());
        return report.value();
    }

    qint64 count(const char *table)
    {
        SqlQuery query(temp.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        Result<QVariant> value = scalar(query);
        return value.ok() ? value->toLongLong() : -1;
    }
};

} // namespace ad::test
