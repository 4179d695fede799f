#pragma once

#include "FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ad {

class Services;
class SignalsEditor;

// Nominate a customer: an email already on file is recognised (and not
// duplicated); otherwise the advocate — and, if need be, the account — is
// created with the nomination, all in one go.
class NominateDialog : public FormDialog
{
    Q_OBJECT

public:
    NominateDialog(Services &services, QWidget *parent = nullptr);

    // Starts from an advocate on file (the one selected where Nominate… was chosen):
    // their email filled in and recognised, the cursor in the evidence.
    void startWith(const QString &advocateId);

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *accountBox() const { return m_account; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }
    QLabel *recognised() const { return m_recognised; }
    SignalsEditor *signalsEditor() const { return m_signals; }
    // The advocate nominated by the last successful save.
    QString nominatedAdvocateId() const { return m_nominated; }

protected:
    QString save() override;

private:
    void lookUpEmail();

    Services &m_services;
    QLineEdit *m_email;
    QLabel *m_recognised;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QComboBox *m_account;
    SignalsEditor *m_signals;
    QPlainTextEdit *m_evidence;
    bool m_known = false;
    QString m_nominated;
};

} // namespace ad
