#include "CaseStudyRedaction.h"

#include <QCoreApplication>

namespace ad {

namespace {

struct CaseStudyRedactionText
{
    Q_DECLARE_TR_FUNCTIONS(ad::CaseStudyRedaction)
};

// Chinese, Japanese and Thai are written without spaces: a name there is found
// as it stands; elsewhere only as a whole word ("Ed" is not in "Edited").
bool writtenWithoutSpaces(const QString &text)
{
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Thai:
            return true;
        default:
            break;
        }
    }
    return false;
}

QRegularExpression wordPattern(const QString &words)
{
    const QString escaped = QRegularExpression::escape(words.trimmed());
    return QRegularExpression(writtenWithoutSpaces(words) ? escaped : QStringLiteral("\\b%1\\b").arg(escaped),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

// "Harbourline Logistics Sdn Bhd" → "Harbourline Logistics": how people write it.
QString withoutLegalForm(const QString &name)
{
    static const QRegularExpression legal(
        QStringLiteral("[\\s,]*(sdn\\.?\\s*bhd\\.?|bhd\\.?|pty\\.?\\s*ltd\\.?|ltd\\.?|limited|inc\\.?|llc|gmbh|"
                       "corp\\.?|corporation|co\\.?|plc|pte\\.?\\s*ltd\\.?|股份有限公司|有限公司|公司)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = name.trimmed();
    for (QString shorter = result; (shorter = QString(result).remove(legal)) != result;)
        result = shorter.trimmed();
    return result;
}

} // namespace

CaseStudyRedaction::CaseStudyRedaction(const Subject &subject, bool personNamed, bool companyNamed)
{
    if (!personNamed) {
        if (!subject.email.trimmed().isEmpty())
            m_email << QRegularExpression(QRegularExpression::escape(subject.email.trimmed()),
                                          QRegularExpression::CaseInsensitiveOption);
        QStringList names{subject.personName.trimmed()};
        if (!writtenWithoutSpaces(subject.personName)) {
            // Every run of a Latin name's parts, longest first: "Mei Ling" and
            // "Mei" both name Tan Mei Ling (parts shorter than three letters, like
            // "Ed", are too common to be sure of).
            const QStringList parts = subject.personName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (qsizetype length = parts.size() - 1; length >= 1; --length) {
                for (qsizetype start = 0; start + length <= parts.size(); ++start) {
                    const QString run = parts.mid(start, length).join(QLatin1Char(' '));
                    if (run.size() >= 3)
                        names << run;
                }
            }
        } else if (subject.personName.trimmed().size() == 3) {
            names << subject.personName.trimmed().right(2); // a Chinese given name: 欣怡 of 吳欣怡
        }
        names.removeDuplicates();
        for (const QString &name : std::as_const(names)) {
            if (!name.isEmpty())
                m_person << wordPattern(name);
        }
    }
    if (!companyNamed && !subject.accountName.trimmed().isEmpty()) {
        QStringList names{subject.accountName.trimmed(), withoutLegalForm(subject.accountName)};
        const QString first = withoutLegalForm(subject.accountName).section(QLatin1Char(' '), 0, 0);
        if (!writtenWithoutSpaces(first) && first.size() >= 5)
            names << first; // "Harbourline" of Harbourline Logistics
        names.removeDuplicates();
        // Longest first, so the whole name is replaced before a part of it.
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &name : std::as_const(names)) {
            if (!name.isEmpty())
                m_company << wordPattern(name);
        }
        m_companyDescription = describeCompany(subject.industry, subject.place);
    }
}

QString CaseStudyRedaction::describeCompany(const QString &industry, const QString &place)
{
    if (!industry.isEmpty() && !place.isEmpty())
        return CaseStudyRedactionText::tr("a %1 company in %2").arg(industry.toLower(), place);
    if (!industry.isEmpty())
        return CaseStudyRedactionText::tr("a %1 company").arg(industry.toLower());
    if (!place.isEmpty())
        return CaseStudyRedactionText::tr("a company in %1").arg(place);
    return CaseStudyRedactionText::tr("a customer");
}

QString CaseStudyRedaction::apply(const QString &text, bool *changed) const
{
    // The email first: its domain may hold the company's name.
    QString result = text;
    for (const QRegularExpression &email : m_email)
        result.replace(email, CaseStudyRedactionText::tr("the customer"));
    for (const QRegularExpression &company : m_company)
        result.replace(company, m_companyDescription);
    for (const QRegularExpression &person : m_person)
        result.replace(person, CaseStudyRedactionText::tr("the customer"));
    if (changed)
        *changed = result != text;
    return result;
}

bool CaseStudyRedaction::names(const QString &text) const
{
    for (const QRegularExpression &pattern : m_email + m_company + m_person) {
        if (pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

} // namespace ad
