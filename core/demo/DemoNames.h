#pragma once

#include "DemoRandom.h"

#include <QSet>
#include <QString>

namespace ad::demo {

struct PersonName
{
    QString display;   // as the person writes it
    QString emailUser; // ASCII local part, e.g. "meiling.chen"
    QString language;  // "en", "zh-TW", "ms"
};

struct Region
{
    QString name;
    QString country;
    QString companySuffix;
    QString timeZone;
};

// Believable people and companies for the demo programme: English, Chinese and
// Malay names mixed as in a South-East Asian and Taiwanese customer base.
class DemoNames
{
public:
    explicit DemoNames(DemoRandom &random) : m_random(random) {}

    PersonName person();
    QString jobTitle();
    Region region();
    QString industry();
    QString company(const QString &industry, const Region &region);
    QString domainFor(const QString &company);
    // A unique email at `domain` for this person (a number is added on a clash).
    QString uniqueEmail(const PersonName &person, const QString &domain);
    QString successStory(const QString &company);
    QString valueOutcome();
    QString npsComment(int score);
    QString products();
    QString feedbackText(bool positive);

private:
    DemoRandom &m_random;
    QSet<QString> m_emails;
    QSet<QString> m_domains;
};

} // namespace ad::demo
