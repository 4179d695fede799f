#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace ad {

class ProfileWindow;
class Services;

// Personal-data requests from an advocate's profile: export everything held on
// the person, or erase them. Erasing closes the profile; its advocateChanged
// tells the main window to reload.
QPushButton *createPersonalDataButton(Services &services, ProfileWindow *profile);

// Erasing cannot be undone: the user confirms by typing the person's email.
// It says what happens to the `backups` copies in the backups folder (they
// still hold the person) and offers to rewrite them too.
class ErasePersonDialog : public QDialog
{
    Q_OBJECT

public:
    ErasePersonDialog(const QString &name, const QString &email, int backups, QWidget *parent = nullptr);
    QLineEdit *confirmation() const { return m_confirmation; }
    QCheckBox *scrubBackups() const { return m_scrubBackups; }

private:
    QLineEdit *m_confirmation;
    QCheckBox *m_scrubBackups = nullptr;
};

} // namespace ad
