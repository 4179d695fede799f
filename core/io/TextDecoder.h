#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ad {

// Turns the bytes of a file exported by another tool into text. Spreadsheets and
// CRMs write UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or,
// on older Windows setups, Windows-1252; the bytes themselves say which.
class TextDecoder
{
public:
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16Le,
        Utf16Be,
        Windows1252
    };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        // UTF-8 but for this line (1-based; 0 when the bytes are consistent): one
        // bad byte must not turn "Zoë" into "ZoÃ«" in every other line.
        int invalidUtf8Line = 0;
    };

    // `chosen` decides when given. Otherwise a mark decides; without one, valid
    // UTF-8 is UTF-8, text with no UTF-8 sequence at all is Windows-1252 (every
    // byte is a character there), and UTF-8 with an invalid line is UTF-8 with
    // that line named, for the caller to refuse.
    static Decoded decode(const QByteArray &bytes, std::optional<Encoding> chosen = std::nullopt);
    static QString name(Encoding encoding);
    // "utf-8", "windows-1252", "utf-16le", "utf-16be" (as --encoding takes them).
    static std::optional<Encoding> fromName(const QString &name);

private:
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace ad
