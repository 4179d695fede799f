#pragma once

#include <QByteArray>
#include <QString>

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
    };

    // A mark decides; without one, valid UTF-8 is UTF-8 and anything else is read
    // as Windows-1252 (every byte is a character there, so decoding never fails).
    static Decoded decode(const QByteArray &bytes);
    static QString name(Encoding encoding);

private:
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace ad
