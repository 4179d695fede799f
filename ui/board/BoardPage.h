#pragma once

#include "services/BoardService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTimer;
class QUndoStack;

namespace ad {

class BoardFilterBar;
class BoardModel;
class BoardView;
class Services;

// A pipeline board with its filters. Moves (drag and drop, keyboard, context
// menu) ask for an optional reason, go through the core rules, and land on
// the undo stack; a refused move says why and changes nothing.
class BoardPage : public QWidget
{
    Q_OBJECT

public:
    // Asks for the reason of a move; nullopt when the user cancels the move.
    using ReasonPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &question)>;

    BoardPage(Services &services, BoardKind kind, QUndoStack *undoStack, QWidget *parent = nullptr);

    BoardModel *model() const { return m_model; }
    BoardView *view() const { return m_view; }
    BoardFilterBar *filterBar() const { return m_filters; }
    QLabel *notice() const { return m_notice; }
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }

    void reload();
    // Moves cards as a drop or a shortcut would; returns how many moved.
    int moveCards(const QStringList &advocateIds, int toColumn);

signals:
    void advocateActivated(const QString &advocateId);

private:
    void showNotice(const QString &text, bool warning);
    void showStackChange();

    Services &m_services;
    BoardKind m_kind;
    QUndoStack *m_undoStack;
    BoardModel *m_model;
    BoardFilterBar *m_filters;
    BoardView *m_view;
    QLabel *m_notice;
    QTimer *m_noticeTimer;
    ReasonPrompt m_reasonPrompt;
    QString m_focusAdvocate; // the card to select after the next reload
};

} // namespace ad
