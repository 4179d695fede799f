#pragma once

#include "domain/Enums.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace ad {

class Services;

// "Your name" and "Your role": who the person at the keyboard is in this
// programme. The name box lists the programme's people; a name not among them
// becomes a new user with the chosen role. Used by the first-start banner and
// by Preferences.
class IdentityForm : public QWidget
{
    Q_OBJECT

public:
    // Vertical: label above label as in a form (Preferences); horizontal: one
    // line (the banner).
    IdentityForm(Services &services, Qt::Orientation orientation, QWidget *parent = nullptr);

    QString name() const;
    UserRole role() const;
    // Whether the name and role differ from who acts now.
    bool changesSomething() const;
    // The programme's people again (someone was added meanwhile), keeping what
    // was typed and chosen.
    void offerPeople(Services &services);
    QComboBox *nameBox() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }

signals:
    void edited();

private:
    void followKnownRole();

    QComboBox *m_name;
    QComboBox *m_role;
    QString m_actor;
    std::optional<UserRole> m_actorRole; // empty when the actor is nobody in the programme
};

} // namespace ad
