#pragma once

#include "FormDialog.h"
#include "domain/Request.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ad {

class Services;

// Log a contribution (a participation) for an advocate.
class ContributionDialog : public FormDialog
{
    Q_OBJECT
public:
    ContributionDialog(Services &services, const QString &advocateId, QWidget *parent = nullptr);
    QComboBox *typeBox() const { return m_type; }
    // The contribution answers this request: it is linked to it, of its activity type.
    void setRequest(const Request &request);
    QString createdId() const { return m_created; }

protected:
    QString save() override;

private:
    Services &m_services;
    QString m_advocateId;
    QComboBox *m_type;
    QDateEdit *m_date;
    QLineEdit *m_link;
    QLineEdit *m_notes;
    QString m_requestId;
    QString m_created;
};

// Log appreciation: a thank-you, gift, recognition..., optionally for one contribution.
class AppreciationDialog : public FormDialog
{
    Q_OBJECT
public:
    AppreciationDialog(Services &services, const QString &advocateId, QWidget *parent = nullptr);
    // Thanks for this contribution (one of the advocate's) unless the user picks another.
    void setContribution(const QString &participationId);
    QComboBox *contributionBox() const { return m_contribution; }

protected:
    QString save() override;

private:
    Services &m_services;
    QString m_advocateId;
    QComboBox *m_kind;
    QComboBox *m_contribution;
    QDateEdit *m_date;
    QDoubleSpinBox *m_cost;
    QLineEdit *m_note;
};

// Log a referral the advocate made.
class ReferralDialog : public FormDialog
{
    Q_OBJECT
public:
    ReferralDialog(Services &services, const QString &advocateId, QWidget *parent = nullptr);
    QLineEdit *companyEdit() const { return m_company; }

protected:
    QString save() override;

private:
    Services &m_services;
    QString m_advocateId;
    QLineEdit *m_company;
    QLineEdit *m_contact;
    QComboBox *m_status;
    QSpinBox *m_value;
    QDateEdit *m_date;
};

} // namespace ad
