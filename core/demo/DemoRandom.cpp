#include "DemoRandom.h"

namespace ad::demo {

std::uint64_t DemoRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int DemoRandom::below(int n)
{
    return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n));
}

int DemoRandom::between(int low, int high)
{
    return low + below(high - low + 1);
}

double DemoRandom::unit()
{
    return static_cast<double>(next() >> 11) / static_cast<double>(1ULL << 53);
}

bool DemoRandom::chance(double probability)
{
    return unit() < probability;
}

int DemoRandom::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = below(total);
    int index = 0;
    for (int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return index - 1;
}

QDate DemoRandom::dayWithin(const QDate &from, const QDate &to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(below(static_cast<int>(span) + 1));
}

QString DemoRandom::uuid()
{
    // 48-bit sequence, version 7, 12 random bits; variant 10, 62 random bits.
    const std::uint64_t high = (++m_sequence << 16) | 0x7000ULL | (next() & 0x0FFFULL);
    const std::uint64_t low = (next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    static const char digits[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text[at++] = '-';
        const std::uint64_t word = nibble < 16 ? high : low;
        text[at++] = digits[(word >> (60 - 4 * (nibble % 16))) & 0xF];
    }
    return QString::fromLatin1(text, 36);
}

} // namespace ad::demo
