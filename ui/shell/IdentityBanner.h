#pragma once

#include <QFrame>

class QPushButton;

namespace ad {

class IdentityForm;
class Services;

// Above the pages when Advocate Desk does not know who is at the keyboard in
// this programme (a new file, or a colleague's): name and role, in the window
// rather than in a dialog, so that nothing waits on it and the demo data offer
// beside it stays usable.
class IdentityBanner : public QFrame
{
    Q_OBJECT

public:
    IdentityBanner(Services &services, QWidget *parent = nullptr);

    IdentityForm *form() const { return m_form; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *laterButton() const { return m_later; }

signals:
    // The person said who they are; the window records it.
    void chosen();

private:
    IdentityForm *m_form;
    QPushButton *m_continue;
    QPushButton *m_later;
};

} // namespace ad
