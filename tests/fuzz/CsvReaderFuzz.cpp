// libFuzzer target: any bytes as a CSV file to import.
#include "FuzzSupport.h"

#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ad::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ad::Result<ad::CsvTable> table = ad::CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (table) {
        // Every record the reader returns must carry a line inside the file.
        for (const ad::CsvRecord &record : table->records) {
            if (record.line < 1)
                __builtin_trap();
        }
    }
    return 0;
}
