#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>

namespace ad::demo {

// A small, fast, platform-independent generator (SplitMix64): the standard
// library's distributions differ between implementations, and demo data must be
// the same everywhere for a seed.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next();
    int below(int n);                  // 0 .. n-1
    int between(int low, int high);    // low .. high inclusive
    bool chance(double probability);   // true with this probability
    double unit();                     // [0, 1)
    // Index into `weights`, drawn in proportion to them.
    int weighted(std::initializer_list<int> weights);
    QDate dayWithin(const QDate &from, const QDate &to);
    // Time-ordered like UUIDv7: a running number, then random bits. Keys that grow
    // keep index inserts at the end of the B-tree, which makes large demos fast.
    QString uuid();

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

private:
    std::uint64_t m_state;
    std::uint64_t m_sequence = 0;
};

} // namespace ad::demo
