// libFuzzer target behind the CSV parser: any bytes as an advocates file,
// checked and committed into a real programme (a fresh copy for each input). Whatever the
// bytes, the file stays whole and valid, and a refused import writes nothing.
#include "FuzzProgramme.h"

#include "io/CsvReader.h"
#include "io/Importer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ad::fuzz::Programme &p = ad::fuzz::freshProgramme();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ad::Result<ad::CsvTable> table = ad::CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!table)
        return 0;
    for (ad::ImportKind kind : {ad::ImportKind::Accounts, ad::ImportKind::Advocates, ad::ImportKind::Nps}) {
        const QString before = ad::fuzz::contents(*p.db);
        ad::ImportOptions options;
        options.kind = kind;
        options.onDuplicate = ad::DuplicatePolicy::Update;
        ad::Result<ad::ImportReport> report =
            ad::Importer(p.services->context()).commit(*table, QStringLiteral("fuzz.csv"), options);
        if (!report || !report->committed) {
            if (ad::fuzz::contents(*p.db) != before)
                ad::fuzz::broken(QStringLiteral("a refused import wrote rows"));
            continue;
        }
        ad::fuzz::checkInvariants(*p.db);
    }
    return 0;
}
