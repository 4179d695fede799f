// libFuzzer target behind the bundle parser and its signature: any JSON as a
// trusted colleague's bundle (signed here, so the merge itself is reached),
// merged into a real programme with every erasure and consent confirmed (then
// rolled back). Whatever the bundle, the file stays whole and valid, and a
// refused bundle writes nothing.
#include "FuzzProgramme.h"

#include "io/SyncImporter.h"
#include "io/SyncSignature.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ad::fuzz::Programme &p = ad::fuzz::freshProgramme();
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    // The programme's own key signs it: its own bundles are trusted.
    ad::Result<QJsonObject> bundle = ad::SyncSignature(p.services->context()).sign(document.object());
    if (!bundle)
        return 0;
    const QString before = ad::fuzz::contents(*p.db);
    ad::SyncDecisions decisions;
    decisions.all = ad::ConflictChoice::TakeTheirs;
    decisions.confirmed = true;
    ad::Result<ad::SyncReport> report =
        ad::SyncImporter(p.services->context()).merge(*bundle, QStringLiteral("fuzz.json"), decisions);
    if (!report || !report->merged) {
        if (ad::fuzz::contents(*p.db) != before)
            ad::fuzz::broken(QStringLiteral("a refused bundle wrote rows"));
        return 0;
    }
    ad::fuzz::checkInvariants(*p.db);
    return 0;
}
