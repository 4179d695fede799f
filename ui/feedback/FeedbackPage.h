#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QPushButton;
class QTableView;
class QUndoStack;

namespace ad {

class FeedbackModel;
class SearchField;
class Services;

// Voice of the customer: every catalogued review, post, survey answer and
// support compliment, filterable, with "Nominate" on a positive one.
class FeedbackPage : public QWidget
{
    Q_OBJECT

public:
    // Asks for the nomination evidence, prefilled; nullopt cancels.
    using EvidencePrompt = std::function<std::optional<QString>(QWidget *parent, const QString &suggested)>;

    explicit FeedbackPage(Services &services, QWidget *parent = nullptr);
    // Where nominations and new feedback go, so Edit → Undo takes them back.
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }

    FeedbackModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *nominateButton() const { return m_nominate; }
    QComboBox *sentimentBox() const { return m_sentiment; }
    void setEvidencePrompt(EvidencePrompt prompt) { m_evidencePrompt = std::move(prompt); }
    void reload();
    // Nominates the advocate behind the selected positive item.
    bool nominateSelected();

signals:
    void advocateActivated(const QString &advocateId);
    void advocateChanged(const QString &advocateId);

private:
    void applyFilter();
    void updateActions();
    void addFeedback();

    Services &m_services;
    QUndoStack *m_undoStack = nullptr;
    FeedbackModel *m_model;
    SearchField *m_search;
    QComboBox *m_source;
    QComboBox *m_sentiment;
    QTableView *m_table;
    QPushButton *m_nominate;
    EvidencePrompt m_evidencePrompt;
};

} // namespace ad
