#pragma once

#include <QIODevice>

#include <cstdio>

namespace ad {

// Standard output or error when it is a terminal: what the programme stores
// (names, notes, titles) may hold control characters — an ESC that recolours
// or clears the screen, a bidi override that reverses a line, a carriage
// return that overwrites it. They are shown escaped ("\x1B", "\u202E"), never
// executed by the terminal. Pipes and files get the bytes as they are.
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE *file);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    FILE *m_file;
    QByteArray m_pending; // the start of a UTF-8 sequence that the next write completes
};

} // namespace ad
