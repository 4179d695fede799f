#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QTranslator>

namespace ad {

// Records every (context, source, disambiguation) the program asks to have
// translated, answering none of them (the real translators behind it do).
// Tests and scripts/tour.sh compare what was asked for with what the .ts files
// translate: a string looked up under a context lupdate never saw stays English
// however complete the files look.
class TranslationRecorder : public QTranslator
{
public:
    explicit TranslationRecorder(QObject *parent = nullptr) : QTranslator(parent) {}
    ~TranslationRecorder() override;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    struct Lookup
    {
        QString context;
        QString source;
        QString disambiguation;
        bool operator==(const Lookup &) const = default;
    };
    QList<Lookup> lookups() const;

    // With ADVOCATEDESK_RECORD_TRANSLATIONS=FILE set, installs a recorder that
    // appends what it recorded to FILE (one "context\tsource\tdisambiguation"
    // per line) when the application ends. Otherwise does nothing.
    static void installIfAsked();

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_keys;
    mutable QList<Lookup> m_lookups;
    QString m_file;
};

} // namespace ad
