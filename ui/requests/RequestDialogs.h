#pragma once

#include "dialogs/FormDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace ad {

class Services;

// Log a sales or marketing ask: who wants what kind of help, for which deal.
class NewRequestDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit NewRequestDialog(Services &services, QWidget *parent = nullptr);
    QString createdId() const { return m_created; }
    QComboBox *activityBox() const { return m_activity; }
    QComboBox *industryBox() const { return m_industry; }
    QLineEdit *opportunityEdit() const { return m_opportunity; }

protected:
    QString save() override;

private:
    Services &m_services;
    QComboBox *m_activity;
    QLineEdit *m_requester;
    QLineEdit *m_opportunity;
    QLineEdit *m_prospect;
    QComboBox *m_industry;
    QComboBox *m_segment;
    QComboBox *m_region;
    QLineEdit *m_product;
    QSpinBox *m_deal;
    QCheckBox *m_hasNeededBy;
    QDateEdit *m_neededBy;
    QString m_created;
};

// Record how an asked advocate answered.
class AnswerDialog : public FormDialog
{
    Q_OBJECT
public:
    AnswerDialog(Services &services, const QString &requestId, QWidget *parent = nullptr);
    bool hasPendingAsks() const;

protected:
    QString save() override;

private:
    Services &m_services;
    QString m_requestId;
    QComboBox *m_advocate;
    QComboBox *m_answer;
    QLineEdit *m_reason;
};

} // namespace ad
