#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QUndoStack;

namespace ad {

// A small form with OK / Cancel and a line for the error that kept it open:
// a refused save leaves the dialog up with what the user typed.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(const QString &title, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    void showProblem(const QString &message);
    // Where save() puts what it recorded, so that Edit → Undo takes it back
    // (none: the record stays, as in tests of the form alone).
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }
    QUndoStack *undoStack() const { return m_undoStack; }

protected:
    // Saves; returns an error message to show, or an empty string on success.
    virtual QString save() = 0;
    void showEvent(QShowEvent *event) override;

private:
    void tryAccept();

    QFormLayout *m_form;
    QLabel *m_problem;
    QUndoStack *m_undoStack = nullptr;
    bool m_fitted = false;
};

} // namespace ad
