#pragma once

#include "kpi/KpiQuery.h"
#include "kpi/KpiResults.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ad::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Each test gets its own folder, which is also the process's XDG_DATA_HOME so the
// default database can never be a real one. The clock is pinned with
// ADVOCATEDESK_NOW=2026-06-15T12:00:00Z and the actor is "tester".
class CliFixture : public ::testing::Test
{
protected:
    CliFixture();

    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    // The file most tests work on.
    QString database() const { return path(QStringLiteral("programme.sqlite")); }

    // Runs advocatedesk-cli with exactly these arguments.
    CliResult run(const QStringList &arguments) const;
    // Runs it with --database `databasePath` after the command's own arguments.
    CliResult runOn(const QString &databasePath, const QStringList &arguments) const;

    // `demo --advocates N --seed S` into `databasePath`, asserting success.
    void makeDemo(const QString &databasePath, int advocates = 50, int seed = 7) const;
    // The email of the first advocate in name order, read through the core.
    QString firstAdvocateEmail(const QString &databasePath) const;
    // The KPI report of database() computed through the core at the pinned
    // clock, to compare with what the CLI (or the GUI) prints or draws.
    KpiReport coreReport(const KpiQuery &query) const;
    // A helper program's standard output (pdfinfo, pdftotext), failing the test
    // unless it ran and exited 0.
    static QString runTool(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

// For gtest messages.
std::string describe(const CliResult &result);

} // namespace ad::test
