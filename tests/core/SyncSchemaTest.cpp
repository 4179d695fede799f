// The committed JSON Schema of sync bundles (docs/sync-bundle.schema.json) checked
// against real bundles with ajv-cli from npm (installed by scripts/setup.sh into
// tests/npm/node_modules): what SyncExporter writes is what the schema promises,
// and the schema is strict enough to refuse a tampered bundle.
#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "io/SyncExporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace ad;

namespace {

const QString kAjv = QStringLiteral(ADVOCATEDESK_NODE_MODULES_DIR "/ajv-cli/dist/index.js");
const QString kSchema = QStringLiteral(ADVOCATEDESK_FIXTURES_DIR "/../../docs/sync-bundle.schema.json");

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation ajvValidate(const QString &bundle)
{
    QProcess ajv;
    ajv.setProcessChannelMode(QProcess::MergedChannels);
    ajv.start(QStringLiteral("node"), {kAjv, QStringLiteral("validate"), QStringLiteral("--spec=draft2020"),
                                       QStringLiteral("--strict=true"), QStringLiteral("--allow-union-types"),
                                       QStringLiteral("--all-errors"),
                                       QStringLiteral("-s"), kSchema, QStringLiteral("-d"), bundle});
    if (!ajv.waitForFinished(120000))
        return {-1, QStringLiteral("ajv did not finish")};
    return {ajv.exitStatus() == QProcess::NormalExit ? ajv.exitCode() : -1, QString::fromUtf8(ajv.readAll())};
}

} // namespace

TEST(SyncSchemaTest, RealBundlesValidateAndATamperedOneDoesNot)
{
    ASSERT_TRUE(QFileInfo::exists(kAjv)) << "ajv-cli is not installed in " << qPrintable(kAjv)
                                         << "; run scripts/setup.sh (it runs npm ci in tests/npm).";
    test::TempDatabase temp;
    ASSERT_TRUE(DemoGenerator(temp.db(), temp.clock()).generate({40, 7}).ok());
    const QString full = temp.dir() + QStringLiteral("/full.json");
    ASSERT_TRUE(SyncExporter(temp.services().context()).write(full, true).ok());
    temp.clock().advanceSeconds(60);
    temp.makeAccount(QStringLiteral("Late Change Ltd"));
    const QString changes = temp.dir() + QStringLiteral("/changes.json");
    ASSERT_TRUE(SyncExporter(temp.services().context()).write(changes, false).ok());

    for (const QString &bundle : {full, changes}) {
        const Validation result = ajvValidate(bundle);
        EXPECT_EQ(result.exitCode, 0) << qPrintable(bundle) << ": " << result.output.toStdString();
    }

    // A row without its UUID and a cell holding a list: the schema refuses both.
    QFile file(full);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    QJsonArray advocates = tables.value(QStringLiteral("advocates")).toArray();
    ASSERT_FALSE(advocates.isEmpty());
    QJsonObject row = advocates.first().toObject();
    row.remove(QStringLiteral("id"));
    row.insert(QStringLiteral("name"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
    advocates.replace(0, row);
    tables.insert(QStringLiteral("advocates"), advocates);
    bundle.insert(QStringLiteral("tables"), tables);
    const QString tampered = temp.dir() + QStringLiteral("/tampered.json");
    QFile out(tampered);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(bundle).toJson());
    out.close();
    const Validation refused = ajvValidate(tampered);
    EXPECT_NE(refused.exitCode, 0) << refused.output.toStdString();
    EXPECT_TRUE(refused.output.contains(QStringLiteral("id"))) << refused.output.toStdString();
}
