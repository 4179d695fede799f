#include "DemoNames.h"

#include <QStringList>

namespace ad::demo {

namespace {

struct Romanised
{
    const char *native;
    const char *latin;
};

QList<Romanised> table(std::initializer_list<Romanised> items)
{
    return QList<Romanised>(items);
}

const QList<Romanised> kChineseSurnames = table({{"陳", "chen"}, {"林", "lin"}, {"黃", "huang"}, {"張", "chang"},
                                                 {"李", "li"}, {"王", "wang"}, {"吳", "wu"}, {"劉", "liu"},
                                                 {"蔡", "tsai"}, {"楊", "yang"}, {"許", "hsu"}, {"鄭", "cheng"},
                                                 {"謝", "hsieh"}, {"郭", "kuo"}, {"洪", "hung"}, {"曾", "tseng"}});
const QList<Romanised> kChineseGiven = table({{"美玲", "meiling"}, {"志明", "chihming"}, {"雅婷", "yating"},
                                              {"家豪", "chiahao"}, {"淑芬", "shufen"}, {"俊傑", "chunchieh"},
                                              {"佩珊", "peishan"}, {"建宏", "chienhung"}, {"怡君", "yichun"},
                                              {"冠宇", "kuanyu"}, {"欣怡", "hsinyi"}, {"宗翰", "tsunghan"},
                                              {"詩涵", "shihhan"}, {"柏翰", "pohan"}, {"思穎", "ssuying"},
                                              {"承恩", "chengen"}});
const QStringList kSeaChineseSurnames = {QStringLiteral("Tan"), QStringLiteral("Lim"), QStringLiteral("Lee"),
                                         QStringLiteral("Ng"),  QStringLiteral("Ong"), QStringLiteral("Wong"),
                                         QStringLiteral("Goh"), QStringLiteral("Chua"), QStringLiteral("Teo"),
                                         QStringLiteral("Koh"), QStringLiteral("Yeo"), QStringLiteral("Chan")};
const QStringList kSeaChineseGiven = {QStringLiteral("Mei Ling"), QStringLiteral("Wei Jie"), QStringLiteral("Siew Ping"),
                                      QStringLiteral("Boon Keat"), QStringLiteral("Hui Min"), QStringLiteral("Kah Wai"),
                                      QStringLiteral("Li Ying"),  QStringLiteral("Chee Keong"), QStringLiteral("Xin Yi"),
                                      QStringLiteral("Jun Hao"),  QStringLiteral("Pei Wen"), QStringLiteral("Zhi Hao")};
const QStringList kMalayMen = {QStringLiteral("Ahmad Faizal"), QStringLiteral("Muhammad Hafiz"), QStringLiteral("Amirul"),
                               QStringLiteral("Faris"), QStringLiteral("Azlan"), QStringLiteral("Khairul Anuar"),
                               QStringLiteral("Syafiq"), QStringLiteral("Imran"), QStringLiteral("Razak"),
                               QStringLiteral("Zulkifli")};
const QStringList kMalayWomen = {QStringLiteral("Nurul Aisyah"), QStringLiteral("Siti Aminah"), QStringLiteral("Farah"),
                                 QStringLiteral("Nur Izzati"), QStringLiteral("Aina"), QStringLiteral("Zarina"),
                                 QStringLiteral("Haslinda"), QStringLiteral("Syazwani"), QStringLiteral("Aishah"),
                                 QStringLiteral("Norhayati")};
const QStringList kMalayFathers = {QStringLiteral("Rahman"), QStringLiteral("Ismail"), QStringLiteral("Osman"),
                                   QStringLiteral("Yusof"), QStringLiteral("Hassan"), QStringLiteral("Abdullah"),
                                   QStringLiteral("Ibrahim"), QStringLiteral("Salleh"), QStringLiteral("Hamid"),
                                   QStringLiteral("Mahmud")};
const QStringList kEnglishFirst = {QStringLiteral("James"), QStringLiteral("Olivia"), QStringLiteral("Daniel"),
                                   QStringLiteral("Sophie"), QStringLiteral("Michael"), QStringLiteral("Emma"),
                                   QStringLiteral("Ryan"), QStringLiteral("Grace"), QStringLiteral("Nathan"),
                                   QStringLiteral("Chloe"), QStringLiteral("Adam"), QStringLiteral("Hannah"),
                                   QStringLiteral("Lucas"), QStringLiteral("Isabelle"), QStringLiteral("Priya"),
                                   QStringLiteral("Rajesh"), QStringLiteral("Sarah"), QStringLiteral("Thomas")};
const QStringList kEnglishLast = {QStringLiteral("Mitchell"), QStringLiteral("Carter"), QStringLiteral("Hughes"),
                                  QStringLiteral("Bennett"), QStringLiteral("Fraser"), QStringLiteral("Walsh"),
                                  QStringLiteral("Nair"), QStringLiteral("Fernandez"), QStringLiteral("Becker"),
                                  QStringLiteral("Okafor"), QStringLiteral("Sullivan"), QStringLiteral("Reyes"),
                                  QStringLiteral("Lambert"), QStringLiteral("Kaur"), QStringLiteral("Morgan"),
                                  QStringLiteral("Harris")};
const QStringList kTitles = {QStringLiteral("Head of Operations"), QStringLiteral("IT Director"),
                             QStringLiteral("VP Customer Experience"), QStringLiteral("Operations Manager"),
                             QStringLiteral("Chief Technology Officer"), QStringLiteral("Finance Director"),
                             QStringLiteral("Product Owner"), QStringLiteral("Logistics Lead"),
                             QStringLiteral("Head of Digital"), QStringLiteral("Procurement Manager"),
                             QStringLiteral("Customer Success Lead"), QStringLiteral("Chief Operating Officer"),
                             QStringLiteral("Data Platform Manager"), QStringLiteral("Marketing Director")};
const QStringList kIndustries = {QStringLiteral("Logistics"), QStringLiteral("Healthcare"),
                                 QStringLiteral("Financial services"), QStringLiteral("Retail"),
                                 QStringLiteral("Manufacturing"), QStringLiteral("Education"),
                                 QStringLiteral("Software"), QStringLiteral("Telecommunications"),
                                 QStringLiteral("Hospitality"), QStringLiteral("Energy")};
const QStringList kStems = {QStringLiteral("Harbourline"), QStringLiteral("Summit"), QStringLiteral("Jade Peak"),
                            QStringLiteral("Lotus"), QStringLiteral("Meridian"), QStringLiteral("Borneo"),
                            QStringLiteral("Pacific Rim"), QStringLiteral("Evergreen"), QStringLiteral("Crescent"),
                            QStringLiteral("Straits"), QStringLiteral("Peninsula"), QStringLiteral("Orchid"),
                            QStringLiteral("Banyan"), QStringLiteral("Monsoon"), QStringLiteral("Kinabalu"),
                            QStringLiteral("Formosa"), QStringLiteral("Redwood"), QStringLiteral("Northwind"),
                            QStringLiteral("Bluewater"), QStringLiteral("Silverline"), QStringLiteral("Ironbridge"),
                            QStringLiteral("Tidewater"), QStringLiteral("Golden Bay"), QStringLiteral("Cedar"),
                            QStringLiteral("Aurora"), QStringLiteral("Kestrel"), QStringLiteral("Halcyon"),
                            QStringLiteral("Sapphire"), QStringLiteral("Keystone"), QStringLiteral("Mutiara"),
                            QStringLiteral("Seri Alam"), QStringLiteral("Tanjung"), QStringLiteral("Yushan"),
                            QStringLiteral("Alishan"), QStringLiteral("Penang Bay"), QStringLiteral("Lion City")};
const QStringList kCities = {QStringLiteral("Penang"), QStringLiteral("Johor"), QStringLiteral("Taichung"),
                             QStringLiteral("Kaohsiung"), QStringLiteral("Melaka"), QStringLiteral("Ipoh"),
                             QStringLiteral("Hsinchu"), QStringLiteral("Kuching"), QStringLiteral("Manchester"),
                             QStringLiteral("Austin"), QStringLiteral("Rotterdam"), QStringLiteral("Perth")};

QString industryWord(const QString &industry)
{
    static const QHash<QString, QStringList> words = {
        {QStringLiteral("Logistics"), {QStringLiteral("Logistics"), QStringLiteral("Freight"), QStringLiteral("Shipping")}},
        {QStringLiteral("Healthcare"), {QStringLiteral("Health"), QStringLiteral("Medical"), QStringLiteral("Clinics")}},
        {QStringLiteral("Financial services"), {QStringLiteral("Capital"), QStringLiteral("Finance"), QStringLiteral("Assurance")}},
        {QStringLiteral("Retail"), {QStringLiteral("Retail"), QStringLiteral("Marketplace"), QStringLiteral("Stores")}},
        {QStringLiteral("Manufacturing"), {QStringLiteral("Industries"), QStringLiteral("Precision"), QStringLiteral("Components")}},
        {QStringLiteral("Education"), {QStringLiteral("Learning"), QStringLiteral("Academy"), QStringLiteral("Education")}},
        {QStringLiteral("Software"), {QStringLiteral("Systems"), QStringLiteral("Technologies"), QStringLiteral("Labs")}},
        {QStringLiteral("Telecommunications"), {QStringLiteral("Telecom"), QStringLiteral("Networks"), QStringLiteral("Connect")}},
        {QStringLiteral("Hospitality"), {QStringLiteral("Hotels"), QStringLiteral("Resorts"), QStringLiteral("Hospitality")}},
        {QStringLiteral("Energy"), {QStringLiteral("Energy"), QStringLiteral("Power"), QStringLiteral("Renewables")}},
    };
    return words.value(industry, {QStringLiteral("Group")}).first();
}

} // namespace

PersonName DemoNames::person()
{
    switch (m_random.weighted({30, 25, 25, 20})) {
    case 0: { // Traditional Chinese, as written in Taiwan
        const Romanised &surname = m_random.pick(kChineseSurnames);
        const Romanised &given = m_random.pick(kChineseGiven);
        return {QString::fromUtf8(surname.native) + QString::fromUtf8(given.native),
                QString::fromLatin1(given.latin) + QLatin1Char('.') + QString::fromLatin1(surname.latin),
                QStringLiteral("zh-TW")};
    }
    case 1: { // Malaysian or Singaporean Chinese
        const QString surname = m_random.pick(kSeaChineseSurnames);
        const QString given = m_random.pick(kSeaChineseGiven);
        return {surname + QLatin1Char(' ') + given,
                QString(given).remove(QLatin1Char(' ')).toLower() + QLatin1Char('.') + surname.toLower(),
                QStringLiteral("en")};
    }
    case 2: { // Malay
        const bool man = m_random.chance(0.5);
        const QString given = man ? m_random.pick(kMalayMen) : m_random.pick(kMalayWomen);
        const QString father = m_random.pick(kMalayFathers);
        return {given + (man ? QStringLiteral(" bin ") : QStringLiteral(" binti ")) + father,
                QString(given).remove(QLatin1Char(' ')).toLower() + QLatin1Char('.') + father.toLower(),
                QStringLiteral("ms")};
    }
    default: {
        const QString first = m_random.pick(kEnglishFirst);
        const QString last = m_random.pick(kEnglishLast);
        return {first + QLatin1Char(' ') + last, first.toLower() + QLatin1Char('.') + last.toLower(),
                QStringLiteral("en")};
    }
    }
}

QString DemoNames::jobTitle()
{
    return m_random.pick(kTitles);
}

Region DemoNames::region()
{
    static const QList<Region> regions = {
        {QStringLiteral("APAC"), QStringLiteral("Malaysia"), QStringLiteral("Sdn Bhd"), QStringLiteral("Asia/Kuala_Lumpur")},
        {QStringLiteral("APAC"), QStringLiteral("Taiwan"), QStringLiteral("Co., Ltd."), QStringLiteral("Asia/Taipei")},
        {QStringLiteral("APAC"), QStringLiteral("Singapore"), QStringLiteral("Pte Ltd"), QStringLiteral("Asia/Singapore")},
        {QStringLiteral("APAC"), QStringLiteral("Australia"), QStringLiteral("Pty Ltd"), QStringLiteral("Australia/Sydney")},
        {QStringLiteral("EMEA"), QStringLiteral("United Kingdom"), QStringLiteral("Ltd"), QStringLiteral("Europe/London")},
        {QStringLiteral("EMEA"), QStringLiteral("Netherlands"), QStringLiteral("B.V."), QStringLiteral("Europe/Amsterdam")},
        {QStringLiteral("North America"), QStringLiteral("United States"), QStringLiteral("Inc."), QStringLiteral("America/Chicago")},
        {QStringLiteral("LATAM"), QStringLiteral("Brazil"), QStringLiteral("Ltda."), QStringLiteral("America/Sao_Paulo")},
    };
    return regions.at(m_random.weighted({26, 18, 12, 6, 12, 6, 14, 6}));
}

QString DemoNames::industry()
{
    return m_random.pick(kIndustries);
}

QString DemoNames::company(const QString &industry, const Region &region)
{
    QString name = m_random.pick(kStems) + QLatin1Char(' ') + industryWord(industry);
    if (m_random.chance(0.35))
        name += QLatin1Char(' ') + m_random.pick(kCities);
    return name + QLatin1Char(' ') + region.companySuffix;
}

QString DemoNames::domainFor(const QString &company)
{
    QString base;
    const QStringList words = company.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < qMin(2, int(words.size())); ++i)
        base += words.at(i).toLower();
    base.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    QString domain = base + QStringLiteral(".com");
    for (int n = 2; m_domains.contains(domain); ++n)
        domain = base + QString::number(n) + QStringLiteral(".com");
    m_domains.insert(domain);
    return domain;
}

QString DemoNames::uniqueEmail(const PersonName &person, const QString &domain)
{
    QString email = person.emailUser + QLatin1Char('@') + domain;
    for (int n = 2; m_emails.contains(email); ++n)
        email = person.emailUser + QString::number(n) + QLatin1Char('@') + domain;
    m_emails.insert(email);
    return email;
}

QString DemoNames::successStory(const QString &company)
{
    static const QStringList templates = {
        QStringLiteral("%1 rolled the platform out to %2 sites in one quarter and cut onboarding time by %3%."),
        QStringLiteral("%1 replaced three spreadsheets with one workflow; month-end close is %3% faster across %2 teams."),
        QStringLiteral("%1 used the analytics module to spot churn early and kept %2 key accounts, lifting renewals by %3%."),
        QStringLiteral("%1 moved %2 warehouses to real-time tracking and reduced late deliveries by %3%."),
    };
    return m_random.pick(templates).arg(company).arg(m_random.between(3, 40)).arg(m_random.between(12, 55));
}

QString DemoNames::valueOutcome()
{
    static const QStringList templates = {
        QStringLiteral("Saved %1 hours a month in manual reporting"),
        QStringLiteral("Reduced support tickets by %1%"),
        QStringLiteral("Grew online revenue by %1%"),
        QStringLiteral("Cut time to onboard a new site to %1 days"),
    };
    return m_random.pick(templates).arg(m_random.between(8, 60));
}

QString DemoNames::npsComment(int score)
{
    static const QStringList promoter = {QStringLiteral("The team responds fast and really understands our business."),
                                         QStringLiteral("Best decision we made this year."),
                                         QStringLiteral("非常好用，客服也很專業。"),
                                         QStringLiteral("Sangat membantu pasukan operasi kami.")};
    static const QStringList passive = {QStringLiteral("Good product, reporting could be more flexible."),
                                        QStringLiteral("Works well, onboarding took longer than planned."),
                                        QStringLiteral("整體不錯，希望報表功能更完整。")};
    static const QStringList detractor = {QStringLiteral("Too many outages last quarter."),
                                          QStringLiteral("Support tickets take days to get an answer."),
                                          QStringLiteral("Harga naik tetapi ciri tidak bertambah.")};
    if (m_random.chance(0.4))
        return {};
    return score >= 9 ? m_random.pick(promoter) : score >= 7 ? m_random.pick(passive) : m_random.pick(detractor);
}

QString DemoNames::products()
{
    static const QStringList all = {QStringLiteral("Core Platform"), QStringLiteral("Analytics"),
                                    QStringLiteral("Payments"), QStringLiteral("Mobile SDK"),
                                    QStringLiteral("Integrations Hub")};
    QStringList chosen = {all.first()};
    for (int i = 1; i < all.size(); ++i)
        if (m_random.chance(0.35))
            chosen << all.at(i);
    return chosen.join(QStringLiteral("; "));
}

QString DemoNames::feedbackText(bool positive)
{
    static const QStringList good = {QStringLiteral("Easy to set up and the support team is outstanding."),
                                     QStringLiteral("We saw value within the first month."),
                                     QStringLiteral("介面直覺，導入很順利。"),
                                     QStringLiteral("Produk yang mudah digunakan dan sokongan yang cepat.")};
    static const QStringList bad = {QStringLiteral("Reporting is limited and exports are slow."),
                                    QStringLiteral("Pricing changes were not communicated well.")};
    return positive ? m_random.pick(good) : m_random.pick(bad);
}

} // namespace ad::demo
