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

namespace {

// How UTF-8-like the bytes are: well-formed sequences of two bytes or more, and
// the line of the first byte that belongs to none.
struct Utf8Scan
{
    qsizetype multibyte = 0;
    int firstInvalidLine = 0;
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    int line = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            line += lead == '\n' ? 1 : 0;
            ++i;
            continue;
        }
        const int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        bool valid = length > 0 && i + length <= bytes.size();
        for (int k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
        if (!valid) {
            if (scan.firstInvalidLine == 0)
                scan.firstInvalidLine = line;
            ++i;
            continue;
        }
        ++scan.multibyte;
        i += length;
    }
    return scan;
}

} // namespace

TextDecoder::Decoded TextDecoder::decode(const QByteArray &bytes, std::optional<Encoding> chosen)
{
    const QByteArrayView view(bytes);
    if (chosen) {
        switch (*chosen) {
        case Encoding::Utf8:
        case Encoding::Utf8Bom:
            return {decodeWith(QStringConverter::Utf8, bytes.startsWith("\xEF\xBB\xBF") ? view.sliced(3) : view, nullptr),
                    *chosen};
        case Encoding::Utf16Le:
            return {decodeWith(QStringConverter::Utf16LE, bytes.startsWith("\xFF\xFE") ? view.sliced(2) : view, nullptr),
                    *chosen};
        case Encoding::Utf16Be:
            return {decodeWith(QStringConverter::Utf16BE, bytes.startsWith("\xFE\xFF") ? view.sliced(2) : view, nullptr),
                    *chosen};
        case Encoding::Windows1252:
            return {fromWindows1252(bytes), *chosen};
        }
    }
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
    const Utf8Scan scan = scanUtf8(view);
    if (scan.multibyte > 0)
        return {text, Encoding::Utf8, scan.firstInvalidLine};
    return {fromWindows1252(bytes), Encoding::Windows1252};
}

std::optional<TextDecoder::Encoding> TextDecoder::fromName(const QString &name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") || key == QLatin1String("latin1"))
        return Encoding::Windows1252;
    if (key == QLatin1String("utf16le"))
        return Encoding::Utf16Le;
    if (key == QLatin1String("utf16be"))
        return Encoding::Utf16Be;
    return std::nullopt;
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
