#pragma once

#include <QDialog>

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
class ErasePersonDialog : public QDialog
{
    Q_OBJECT

public:
    ErasePersonDialog(const QString &name, const QString &email, QWidget *parent = nullptr);
    QLineEdit *confirmation() const { return m_confirmation; }

private:
    QLineEdit *m_confirmation;
};

} // namespace ad
