// The csv-spectrum suite (npm package csv-spectrum, installed by scripts/setup.sh into
// tests/npm/node_modules): every fixture CSV is read with CsvReader and compared,
// cell by cell, with the JSON file of the same name. The fixtures are read directly
// because the package's own loader pairs CSV and JSON files in no fixed order.
#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ad;

namespace {

QString spectrumDir()
{
    return QStringLiteral(ADVOCATEDESK_NODE_MODULES_DIR "/csv-spectrum");
}

// A fixture whose JSON disagrees with its own CSV file: csv-spectrum 2.0.0's
// location_coordinates.json holds the phone number 1234567890 while the CSV holds
// 2095257564. The reader must return what the file says.
struct FixtureErratum
{
    const char *fixture;
    const char *column;
    const char *valueInTheCsv;
};

constexpr FixtureErratum kErrata[] = {
    {"location_coordinates", "Contact Phone Number", "2095257564"},
};

QJsonArray expectedRows(const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    // One fixture (location_coordinates) holds a single object instead of a list.
    return document.isObject() ? QJsonArray{document.object()} : document.array();
}

QString expectedCell(const QString &fixture, const QString &column, const QJsonObject &row)
{
    for (const FixtureErratum &erratum : kErrata)
        if (fixture == QLatin1String(erratum.fixture) && column == QLatin1String(erratum.column))
            return QString::fromUtf8(erratum.valueInTheCsv);
    return row.value(column).toString();
}

} // namespace

TEST(CsvSpectrumTest, EveryFixtureParsesAsItsJsonSays)
{
    const QDir csvs(spectrumDir() + QStringLiteral("/csvs"));
    const QStringList files = csvs.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 12) << "csv-spectrum is not installed in " << qPrintable(spectrumDir())
                                << "; run scripts/setup.sh (it runs npm ci in tests/npm).";
    for (const QString &fileName : files) {
        const QString fixture = fileName.chopped(4);
        SCOPED_TRACE(fixture.toStdString());
        const QJsonArray expected =
            expectedRows(spectrumDir() + QStringLiteral("/json/") + fixture + QStringLiteral(".json"));
        ASSERT_FALSE(expected.isEmpty()) << "no JSON for " << qPrintable(fixture);

        const Result<CsvTable> table = CsvReader::readFile(csvs.filePath(fileName));
        ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
        EXPECT_TRUE(table->ragged.isEmpty());
        ASSERT_EQ(table->records.size(), expected.size());
        const QStringList columns = expected.first().toObject().keys();
        ASSERT_EQ(table->header.size(), columns.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            const QJsonObject row = expected.at(r).toObject();
            for (qsizetype c = 0; c < table->header.size(); ++c) {
                const QString &column = table->header.at(c);
                ASSERT_TRUE(row.contains(column)) << "unexpected column " << qPrintable(column);
                EXPECT_EQ(table->records.at(r).cells.at(c), expectedCell(fixture, column, row))
                    << "row " << r + 1 << ", column " << qPrintable(column);
            }
        }
    }
}

TEST(CsvSpectrumTest, ErratumIsStillAnErratum)
{
    // If a later csv-spectrum fixes its JSON, the exception above must go.
    const QJsonArray rows = expectedRows(spectrumDir() + QStringLiteral("/json/location_coordinates.json"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_NE(rows.first().toObject().value(QStringLiteral("Contact Phone Number")).toString(),
              QStringLiteral("2095257564"));
}
