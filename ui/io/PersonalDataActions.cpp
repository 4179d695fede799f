#include "PersonalDataActions.h"

#include "FileChooser.h"
#include "common/ErrorMessage.h"
#include "io/PersonalData.h"
#include "profile/ProfileWindow.h"
#include "services/Services.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace ad {

namespace {

struct PersonalDataText
{
    Q_DECLARE_TR_FUNCTIONS(ad::PersonalDataActions)
};

void exportPersonalData(Services &services, ProfileWindow *profile, const Advocate &person)
{
    const QString path =
        FileChooser::saveFile(profile, PersonalDataText::tr("Export Personal Data"),
                              QStringLiteral("personal-data.json"), PersonalDataText::tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const Status written = PersonalData(services.context()).write(person.email, path);
    if (!written)
        showError(profile, PersonalDataText::tr("Export Personal Data"), written.error());
}

void erasePerson(Services &services, ProfileWindow *profile, const Advocate &person)
{
    const int backups = int(backup::listAll(services.database().path()).size());
    ErasePersonDialog confirm(person.name, person.email, backups, profile);
    if (confirm.exec() != QDialog::Accepted)
        return;
    const PersonalData personalData(services.context());
    const auto erased = personalData.erase(person.email);
    if (!erased) {
        showError(profile, PersonalDataText::tr("Erase Person"), erased.error());
        return;
    }
    if (confirm.scrubBackups() && confirm.scrubBackups()->isChecked()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Result<int> rewritten = personalData.eraseFromBackups(person.email);
        QApplication::restoreOverrideCursor();
        if (!rewritten)
            showError(profile, PersonalDataText::tr("Erase Person"), rewritten.error());
    }
    const QString id = profile->advocateId();
    emit profile->advocateChanged(id);
    profile->close();
}

} // namespace

QPushButton *createPersonalDataButton(Services &services, ProfileWindow *profile)
{
    auto *button = new QPushButton(PersonalDataText::tr("Personal Data"), profile);
    button->setObjectName(QStringLiteral("personalDataButton"));
    auto *menu = new QMenu(button);
    // Read the person when asked: the profile may have been edited since it opened.
    Services *s = &services;
    const auto withPerson = [s, profile](auto action) {
        return [s, profile, action] {
            const Result<Advocate> person = s->advocates().get(profile->advocateId());
            if (!person) {
                showError(profile, PersonalDataText::tr("Personal Data"), person.error());
                return;
            }
            action(*s, profile, *person);
        };
    };
    QAction *exportAction =
        menu->addAction(PersonalDataText::tr("Export Personal Data…"), profile, withPerson(exportPersonalData));
    exportAction->setObjectName(QStringLiteral("exportPersonalDataAction"));
    QAction *eraseAction = menu->addAction(PersonalDataText::tr("Erase Person…"), profile, withPerson(erasePerson));
    eraseAction->setObjectName(QStringLiteral("erasePersonAction"));
    button->setMenu(menu);
    return button;
}

ErasePersonDialog::ErasePersonDialog(const QString &name, const QString &email, int backups, QWidget *parent)
    : QDialog(parent), m_confirmation(new QLineEdit(this))
{
    setObjectName(QStringLiteral("erasePersonDialog"));
    setWindowTitle(tr("Erase Person"));
    auto *text = new QLabel(tr("Erase %1 completely: the profile, every row about them, and their name, email "
                               "and phone number wherever other rows mention them. This cannot be undone. A "
                               "salted hash of their email is kept so that restoring an older backup or merging "
                               "an older bundle erases them again.\n\nType %2 to confirm.")
                                .arg(name, email),
                            this);
    text->setWordWrap(true);
    m_confirmation->setObjectName(QStringLiteral("eraseConfirmation"));
    m_confirmation->setAccessibleName(tr("Email of the person to erase"));
    m_confirmation->setPlaceholderText(email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *erase = buttons->addButton(tr("Erase"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    erase->setEnabled(false);
    connect(m_confirmation, &QLineEdit::textChanged, erase, [erase, email](const QString &typed) {
        erase->setEnabled(typed.trimmed().compare(email, Qt::CaseInsensitive) == 0);
    });
    connect(erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_confirmation);
    if (backups > 0) {
        m_scrubBackups =
            new QCheckBox(tr("Also rewrite the %n backups in the backups folder without them", nullptr, backups),
                          this);
        m_scrubBackups->setObjectName(QStringLiteral("scrubBackups"));
        m_scrubBackups->setChecked(true);
        m_scrubBackups->setToolTip(tr("Backups taken before now hold the person until they are rewritten. "
                                      "Copies saved elsewhere are out of reach."));
        layout->addWidget(m_scrubBackups);
    }
    layout->addWidget(buttons);
}

} // namespace ad
