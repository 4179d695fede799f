#include "TerminalSafeDevice.h"

namespace ad {

namespace {

bool isUnsafeCodePoint(char32_t c)
{
    return (c >= 0x80 && c <= 0x9F)                     // C1 controls
           || (c >= 0x200B && c <= 0x200F)              // zero-width, directional marks
           || (c >= 0x202A && c <= 0x202E)              // bidi embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069)              // bidi isolates
           || c == 0x2028 || c == 0x2029 || c == 0xFEFF; // line and paragraph separators, BOM
}

QByteArray escaped(char32_t c)
{
    return c < 0x80 ? QByteArrayLiteral("\\x") + QByteArray::number(uint(c), 16).toUpper().rightJustified(2, '0')
                    : QByteArrayLiteral("\\u") + QByteArray::number(uint(c), 16).toUpper().rightJustified(4, '0');
}

} // namespace

TerminalSafeDevice::TerminalSafeDevice(FILE *file) : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 length)
{
    const QByteArray in = m_pending + QByteArray(data, length);
    m_pending.clear();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size();) {
        const auto lead = static_cast<unsigned char>(in[i]);
        if (lead < 0x80) {
            if ((lead < 0x20 && lead != '\n' && lead != '\t') || lead == 0x7F)
                out += escaped(lead);
            else
                out += char(lead);
            ++i;
            continue;
        }
        const int size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (i + size > in.size()) {
            m_pending = in.mid(i); // completed by the next write
            break;
        }
        char32_t code = size == 1 ? lead : lead & (0x7F >> size);
        for (int k = 1; k < size; ++k)
            code = (code << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3F);
        if (isUnsafeCodePoint(code))
            out += escaped(code);
        else
            out += in.mid(i, size);
        i += size;
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), m_file);
    std::fflush(m_file);
    return length;
}

} // namespace ad
