#pragma once

#include <QByteArray>
#include <QtEndian>

namespace ad {

// The first 100 bytes of an SQLite file, read without opening it, so a file we
// must refuse is never touched by SQLite (which could start writing to it).
class FileHeader
{
public:
    static constexpr int kSize = 100;
    // PRAGMA application_id of every Advocate Desk file: "ADsk".
    static constexpr quint32 kAdvocateDeskId = 0x4144736B;

    explicit FileHeader(QByteArray bytes) : m_bytes(std::move(bytes)) {}

    bool isSqlite() const { return m_bytes.size() >= kSize && m_bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)); }
    qint32 userVersion() const { return static_cast<qint32>(field(60)); }
    quint32 applicationId() const { return field(68); }

private:
    quint32 field(int offset) const
    {
        if (m_bytes.size() < offset + 4)
            return 0;
        return qFromBigEndian<quint32>(m_bytes.constData() + offset);
    }

    QByteArray m_bytes;
};

} // namespace ad
