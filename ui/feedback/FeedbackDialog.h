#pragma once

#include "dialogs/FormDialog.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace ad {

class Services;

// Catalogue one piece of feedback: where it came from, what it said, and
// who said it (an advocate by email, or just the account).
class FeedbackDialog : public FormDialog
{
    Q_OBJECT

public:
    FeedbackDialog(Services &services, QWidget *parent = nullptr);

    QComboBox *sourceBox() const { return m_source; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *sentimentBox() const { return m_sentiment; }

protected:
    QString save() override;

private:
    Services &m_services;
    QComboBox *m_source;
    QLineEdit *m_link;
    QDoubleSpinBox *m_rating;
    QComboBox *m_sentiment;
    QPlainTextEdit *m_text;
    QDateEdit *m_date;
    QLineEdit *m_email;
    QComboBox *m_account;
    QLineEdit *m_tags;
};

} // namespace ad
