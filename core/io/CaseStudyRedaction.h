#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ad {

// What an advocate who is not named (no name consent) or whose company is not
// named (no logo consent) must not be recognised by in their quote, story or
// outcomes: their name and email, and the account's name (with and without its
// legal form), the company replaced by a description such as "a logistics
// company in Malaysia".
class CaseStudyRedaction
{
public:
    struct Subject
    {
        QString personName;
        QString email;
        QString accountName;
        QString industry;
        QString place; // country, else region
    };

    CaseStudyRedaction(const Subject &subject, bool personNamed, bool companyNamed);

    // The text with what may not be said replaced; `changed` says whether it was.
    QString apply(const QString &text, bool *changed = nullptr) const;
    // Does the text (a link, say) name what may not be named?
    bool names(const QString &text) const;

    // "a logistics company in Malaysia" (translated).
    static QString describeCompany(const QString &industry, const QString &place);

private:
    QList<QRegularExpression> m_email;
    QList<QRegularExpression> m_person;
    QList<QRegularExpression> m_company;
    QString m_companyDescription;
};

} // namespace ad
