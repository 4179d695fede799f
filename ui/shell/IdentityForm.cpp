#include "IdentityForm.h"

#include "services/Services.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ad {

IdentityForm::IdentityForm(Services &services, Qt::Orientation orientation, QWidget *parent)
    : QWidget(parent), m_name(new QComboBox(this)), m_role(new QComboBox(this)),
      m_actor(services.context().actor)
{
    m_name->setObjectName(QStringLiteral("identityName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->lineEdit()->setPlaceholderText(tr("Your name"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setMinimumContentsLength(14);
    m_name->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setObjectName(QStringLiteral("identityRole"));
    m_role->setAccessibleName(tr("Your role"));
    for (UserRole role : {UserRole::Csm, UserRole::ProgrammeManager})
        m_role->addItem(displayName(role), int(role));

    offerPeople(services);
    // Someone the programme does not know yet starts from an empty name, not
    // from a login name such as "root" that would go into the audit log.
    m_name->setCurrentIndex(m_actorRole ? m_name->findText(m_actor) : -1);
    if (!m_actorRole)
        m_name->setEditText(QString());
    m_role->setCurrentIndex(m_role->findData(int(m_actorRole.value_or(UserRole::Csm))));
    followKnownRole();

    connect(m_name, &QComboBox::editTextChanged, this, [this] {
        followKnownRole();
        emit edited();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &IdentityForm::edited);

    auto *nameLabel = new QLabel(tr("Your &name:"), this);
    nameLabel->setBuddy(m_name);
    auto *roleLabel = new QLabel(tr("Your &role:"), this);
    roleLabel->setBuddy(m_role);
    if (orientation == Qt::Vertical) {
        auto *form = new QFormLayout(this);
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->addRow(nameLabel, m_name);
        form->addRow(roleLabel, m_role);
    } else {
        auto *line = new QHBoxLayout(this);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(nameLabel);
        line->addWidget(m_name, 1);
        line->addSpacing(12);
        line->addWidget(roleLabel);
        line->addWidget(m_role);
    }
}

QString IdentityForm::name() const
{
    return m_name->currentText().simplified();
}

UserRole IdentityForm::role() const
{
    return UserRole(m_role->currentData().toInt());
}

bool IdentityForm::changesSomething() const
{
    return !name().isEmpty() && (name() != m_actor || !m_actorRole || role() != *m_actorRole);
}

void IdentityForm::offerPeople(Services &services)
{
    const Result<QList<User>> users = services.users().list();
    if (!users)
        return; // the names offered so far stay
    const QString typed = m_name->currentText();
    const QSignalBlocker quiet(m_name);
    m_name->clear();
    m_actorRole.reset();
    for (const User &user : *users) {
        m_name->addItem(user.name, int(user.role));
        if (user.name == m_actor)
            m_actorRole = user.role;
    }
    m_name->setCurrentIndex(m_name->findText(typed));
    m_name->setEditText(typed);
    followKnownRole();
}

void IdentityForm::followKnownRole()
{
    // A person the programme knows shows the role they have; administrators
    // are chosen elsewhere, so Admin is offered only to someone who is one.
    const int known = m_name->findText(name());
    const std::optional<UserRole> role =
        known >= 0 ? std::optional<UserRole>(UserRole(m_name->itemData(known).toInt())) : std::nullopt;
    const QSignalBlocker quiet(m_role);
    const int adminRow = m_role->findData(int(UserRole::Admin));
    if (role == UserRole::Admin && adminRow < 0)
        m_role->addItem(displayName(UserRole::Admin), int(UserRole::Admin));
    else if (role != UserRole::Admin && adminRow >= 0)
        m_role->removeItem(adminRow);
    if (role)
        m_role->setCurrentIndex(m_role->findData(int(*role)));
    if (m_role->currentIndex() < 0)
        m_role->setCurrentIndex(m_role->findData(int(UserRole::Csm)));
}

} // namespace ad
