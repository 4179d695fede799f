#pragma once

// A real programme for the fuzz targets behind the parsers: a fresh copy of a
// demo file for every input, and the invariants a hostile input must never
// break checked after each one.
#include "FuzzSupport.h"

#include "demo/DemoGenerator.h"
#include "io/SyncSignature.h"
#include "services/Services.h"
#include "services/Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace ad::fuzz {

struct Programme
{
    QTemporaryDir dir;
    QString pristine;
    QString work;
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Services> services;
};

// The same demo programme for every input: a fresh copy of a file made once,
// opened for the input alone (so a commit and a refusal are real ones, not
// nested inside a transaction the harness would roll back).
inline Programme &freshProgramme()
{
    static Programme *made = [] {
        ensureApplication();
        auto *p = new Programme;
        p->pristine = p->dir.filePath(QStringLiteral("pristine.sqlite"));
        p->work = p->dir.filePath(QStringLiteral("work.sqlite"));
        {
            auto opened = Database::open(p->pristine);
            if (!opened || !DemoGenerator(**opened, p->clock).generate(DemoOptions{.advocates = 20, .seed = 5}))
                __builtin_trap();
            Services services(**opened, p->clock, QStringLiteral("fuzz"));
            if (!SyncSignature(services.context()).own()) // the programme's key, made once
                __builtin_trap();
        }
        return p;
    }();
    made->services.reset();
    made->db.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(made->work + QLatin1String(suffix));
    if (!QFile::copy(made->pristine, made->work))
        __builtin_trap();
    auto opened = Database::open(made->work);
    if (!opened)
        __builtin_trap();
    made->db = std::move(opened).value();
    made->services = std::make_unique<Services>(*made->db, made->clock, QStringLiteral("fuzz"));
    return *made;
}

[[noreturn]] inline void broken(const QString &what)
{
    std::fprintf(stderr, "invariant broken: %s\n", qPrintable(what));
    std::abort();
}

// A fingerprint of everything in the file: rows per table and their last change.
inline QString contents(Database &db)
{
    SqlQuery tables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'advocate_search%'"));
    if (!tables.exec())
        broken(QStringLiteral("cannot list tables"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QStringList parts;
    for (const QString &table : names) {
        SqlQuery count(db, QStringLiteral("SELECT count(*), total(length(id)) FROM %1").arg(table));
        if (!count.exec() || !count.next())
            continue; // a table without an id column
        parts << QStringLiteral("%1:%2:%3").arg(table, count.value(0).toString(), count.value(1).toString());
    }
    return parts.join(QLatin1Char(' '));
}

// What no input may leave behind: damage, a dangling reference, an advocate
// whose email is invalid or not the key that finds them, text with control
// characters in a person's name.
inline void checkInvariants(Database &db)
{
    Result<QStringList> problems = db.integrityProblems();
    if (!problems || !problems->isEmpty())
        broken(QStringLiteral("integrity: %1").arg(problems ? problems->join(QStringLiteral("; ")) : problems.error().message));
    SqlQuery people(db, QStringLiteral("SELECT email, email_key, name, title FROM advocates"));
    if (!people.exec())
        broken(QStringLiteral("cannot read advocates"));
    while (people.next()) {
        const QString email = people.value(0).toString();
        if (!validate::email(email))
            broken(QStringLiteral("invalid email stored: %1").arg(email));
        if (people.value(1).toString() != validate::emailKey(email))
            broken(QStringLiteral("email_key is not the email's key: %1").arg(email));
        for (int column : {2, 3}) {
            const QString text = people.value(column).toString();
            for (const QChar c : text) {
                if (validate::isInvisibleOrControl(c))
                    broken(QStringLiteral("control character stored: %1").arg(text));
            }
        }
    }
}

} // namespace ad::fuzz
