#pragma once

#include "BoardSource.h"
#include "services/BoardService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTimer;
class QUndoStack;
class QVBoxLayout;

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
    // A board over another source (requests); it has no advocate filter bar,
    // the caller may put its own filters above the board with addToolbar().
    BoardPage(Services &services, std::unique_ptr<BoardSource> source, QUndoStack *undoStack,
              QWidget *parent = nullptr);

    void addToolbar(QWidget *toolbar);
    BoardModel *model() const { return m_model; }
    BoardView *view() const { return m_view; }
    BoardFilterBar *filterBar() const { return m_filters; } // advocate boards only
    QLabel *notice() const { return m_notice; }
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }

    // Reads the cards again (in the background); a hidden board when next shown.
    void reload();
    // Moves cards as a drop or a shortcut would; returns how many moved.
    int moveCards(const QStringList &advocateIds, int toColumn);

signals:
    void advocateActivated(const QString &advocateId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    BoardPage(Services &services, BoardModel *model, BoardFilterBar *filters, QUndoStack *undoStack,
              QWidget *parent);
    void showNotice(const QString &text, bool warning);
    void showStackChange();

    Services &m_services;
    QUndoStack *m_undoStack;
    BoardModel *m_model;
    BoardFilterBar *m_filters;
    BoardView *m_view;
    QLabel *m_notice;
    QTimer *m_noticeTimer;
    ReasonPrompt m_reasonPrompt;
    QVBoxLayout *m_layout;
    QString m_focusAdvocate; // the card to select after the next reload
    bool m_stale = true;     // its cards are to be read when it is next shown
};

} // namespace ad
