#include "TranslationRecorder.h"

#include "io/UserFile.h"

#include <QCoreApplication>

namespace ad {

QString TranslationRecorder::translate(const char *context, const char *sourceText, const char *disambiguation,
                                       int) const
{
    if (!context || !sourceText || !*sourceText)
        return {};
    const Lookup lookup{QString::fromUtf8(context), QString::fromUtf8(sourceText),
                        disambiguation ? QString::fromUtf8(disambiguation) : QString()};
    const QString key = lookup.context + QLatin1Char('\t') + lookup.source + QLatin1Char('\t') + lookup.disambiguation;
    const QMutexLocker lock(&m_mutex);
    if (!m_keys.contains(key)) {
        m_keys.insert(key);
        m_lookups << lookup;
    }
    return {};
}

QList<TranslationRecorder::Lookup> TranslationRecorder::lookups() const
{
    const QMutexLocker lock(&m_mutex);
    return m_lookups;
}

TranslationRecorder::~TranslationRecorder()
{
    if (m_file.isEmpty())
        return;
    QByteArray lines;
    for (const Lookup &lookup : lookups()) {
        QString line = lookup.context + QLatin1Char('\t') + lookup.source + QLatin1Char('\t') + lookup.disambiguation;
        line.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        lines += line.toUtf8() + '\n';
    }
    (void)UserFile::append(m_file, lines); // a diagnostic: nothing to do if it cannot be written
}

void TranslationRecorder::installIfAsked()
{
    const QString file = qEnvironmentVariable("ADVOCATEDESK_RECORD_TRANSLATIONS");
    if (file.isEmpty() || !QCoreApplication::instance())
        return;
    auto *recorder = new TranslationRecorder(QCoreApplication::instance());
    recorder->m_file = file;
    // Installed last, asked first: it sees every lookup, then the others answer.
    QCoreApplication::installTranslator(recorder);
}

} // namespace ad
