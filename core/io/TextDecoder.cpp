#include "TextDecoder.h"

#include <QStringDecoder>

namespace ad {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; Qt without ICU has no codec
// for it, so the 32 differences live here. 0xFFFD marks the five unassigned bytes.
const char16_t kHighControls[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *failed)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (failed)
        *failed = decoder.hasError();
    return text;
}

} // namespace

TextDecoder::Decoded TextDecoder::decode(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {decodeWith(QStringConverter::Utf8, view.sliced(3), nullptr), Encoding::Utf8Bom};
    if (bytes.startsWith("\xFF\xFE"))
        return {decodeWith(QStringConverter::Utf16LE, view.sliced(2), nullptr), Encoding::Utf16Le};
    if (bytes.startsWith("\xFE\xFF"))
        return {decodeWith(QStringConverter::Utf16BE, view.sliced(2), nullptr), Encoding::Utf16Be};
    bool failed = false;
    QString text = decodeWith(QStringConverter::Utf8, view, &failed);
    if (!failed)
        return {text, Encoding::Utf8};
    return {fromWindows1252(bytes), Encoding::Windows1252};
}

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        text += (byte >= 0x80 && byte <= 0x9F) ? QChar(kHighControls[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace ad
