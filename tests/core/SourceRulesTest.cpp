// Rules of the code base that a compiler cannot check, checked over the
// sources themselves.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

struct Rule
{
    const char *what;
    QRegularExpression pattern;
    QStringList allowedIn; // paths relative to the source root
};

// Every line of app/, cli/, core/ and ui/ that matches `rule` outside the files it allows.
QStringList breaches(const Rule &rule)
{
    const QString root = QStringLiteral(ADVOCATEDESK_SOURCE_DIR);
    QStringList found;
    for (const char *folder : {"app", "cli", "core", "ui"}) {
        QDirIterator files(root + QLatin1Char('/') + QLatin1String(folder),
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString relative = path.mid(root.size() + 1);
            if (rule.allowedIn.contains(relative))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int number = 0;
            for (const QByteArray &line : file.readAll().split('\n')) {
                ++number;
                const QString text = QString::fromUtf8(line);
                if (text.trimmed().startsWith(QLatin1String("//")))
                    continue;
                if (rule.pattern.match(text).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(relative).arg(number).arg(text.trimmed());
            }
        }
    }
    return found;
}

// Closing any descriptor of the database file drops this process's locks on
// it, and another program then deletes the log we write to
// (core/storage/DatabaseFile.h). So files are opened by path in two places
// only: DatabaseFile (the database's own file, never while it is open here)
// and UserFile (what a person names, refused when it is an open database).
TEST(SourceRules, FilesAreOpenedByPathOnlyInTheTwoGateways)
{
    const Rule rule{
        "opens a file by path",
        QRegularExpression(
            QStringLiteral(R"(\bQFile\s+\w+\s*[({]|\bQFile::copy\s*\(|\bQSaveFile\b|\bQTemporaryFile\b|)"
                           R"(\bf(re)?open\s*\(|\bstd::[io]?fstream\b|(^|[^\w.>:])::open\s*\(|)"
                           R"(\bopen\s*\(\s*QFile::encodeName|\bQPdfWriter\s+\w+\s*\(\s*[^&\s]|)"
                           R"(\.setFileName\s*\(|\bQImageWriter\b|\bQTextDocumentWriter\b)")),
        {QStringLiteral("core/storage/DatabaseFile.cpp"), QStringLiteral("core/io/UserFile.cpp")}};
    const QStringList found = breaches(rule);
    EXPECT_TRUE(found.isEmpty()) << "Open files through DatabaseFile or UserFile:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

// Every SQLite connection is a Database or a RawConnection, so that it counts
// as the file being open in this process (DatabaseFile::Registration) and
// UserFile refuses to read or replace that file.
TEST(SourceRules, SqliteConnectionsAreOpenedOnlyByDatabaseAndRawConnection)
{
    const Rule rule{
        "opens an SQLite connection",
        QRegularExpression(QStringLiteral(R"(\baddDatabase\s*\(|\bsqlite3_open)")),
        {QStringLiteral("core/storage/Database.cpp"), QStringLiteral("core/storage/RawConnection.cpp")}};
    const QStringList found = breaches(rule);
    EXPECT_TRUE(found.isEmpty()) << "Open connections through Database or RawConnection:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

} // namespace
