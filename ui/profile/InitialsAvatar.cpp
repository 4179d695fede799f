#include "InitialsAvatar.h"

#include <QPainter>

#include <cmath>

namespace ad {

namespace {

// The first letter of `word` (a whole surrogate pair when it is one), or nothing.
QString firstLetter(QStringView word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isHighSurrogate() && i + 1 < word.size())
            return word.mid(i, 2).toString();
        if (c.isLetterOrNumber())
            return QString(c);
    }
    return {};
}

// Stable across runs (qHash is seeded per process): FNV-1a over the UTF-16 units.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

InitialsAvatar::InitialsAvatar(QWidget *parent, int diameter) : QWidget(parent)
{
    setObjectName(QStringLiteral("initialsAvatar"));
    setFixedSize(diameter, diameter);
}

QString InitialsAvatar::initialsOf(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    const QString first = firstLetter(words.first());
    if (first.isEmpty())
        return QStringLiteral("?");
    // Chinese, Japanese and Korean names are not built from initials: their first character stands for them.
    if (first.at(0).script() == QChar::Script_Han || first.at(0).script() == QChar::Script_Hangul)
        return first;
    const QString last = words.size() > 1 ? firstLetter(words.last()) : QString();
    return (first + last).toUpper();
}

void InitialsAvatar::setName(const QString &name)
{
    m_name = name;
    m_initials = initialsOf(name);
    setAccessibleName(name);
    update();
}

QColor InitialsAvatar::circleColour() const
{
    const int hue = int(stableHash(m_name) % 360);
    const bool darkWindow = palette().color(QPalette::Window).lightnessF() < 0.5;
    // Stands out from the window either way, and holds its initials.
    return darkWindow ? QColor::fromHslF(hue / 360.0, 0.45, 0.62) : QColor::fromHslF(hue / 360.0, 0.55, 0.40);
}

QColor InitialsAvatar::textColour() const
{
    // Black or white, whichever contrasts more with the circle (WCAG's ratio).
    const double circle = luminance(circleColour());
    return (circle + 0.05) / 0.05 > 1.05 / (circle + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

void InitialsAvatar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(circleColour());
    painter.drawEllipse(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(qMax(8, height() * 2 / 5));
    painter.setFont(font);
    painter.setPen(textColour());
    painter.drawText(rect(), Qt::AlignCenter, m_initials);
}

} // namespace ad
