#pragma once

#include <QList>

namespace ad {

// The first rows of a list, in its order, and how many rows it holds in all:
// what a page shows of a list that can be long on a large programme.
template <typename T> struct ListHead
{
    QList<T> rows;
    qsizetype total = 0;
};

} // namespace ad
