#pragma once

#include <QWidget>

namespace ad {

// A person without a photo: their initials on a painted circle whose colour
// comes from the name, the same in every session, and is chosen for the
// palette (deeper on a light window, lighter on a dark one) with the initials
// in whichever of black or white reads better on it.
class InitialsAvatar : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString initials READ initials)

public:
    explicit InitialsAvatar(QWidget *parent = nullptr, int diameter = 56);

    void setName(const QString &name);
    QString initials() const { return m_initials; }
    QColor circleColour() const;
    QColor textColour() const;

    // "Ada Lim" → "AL", "Teo Mei Ling" → "TL", "陳美玲" → "陳", "" → "?".
    static QString initialsOf(const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    QString m_initials;
};

} // namespace ad
