#pragma once

#include <QLineEdit>
#include <QPointer>

class QAbstractItemView;
class QModelIndex;
class QTimer;

namespace ad {

// A search box that waits for a pause in typing before searching, so a fast
// typist does not run one query per key. Escape clears it. Given the list it
// filters, Down goes on to the results and Enter picks one.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    explicit SearchField(QWidget *parent = nullptr);

    // Searches now with the current text, skipping the pause (Enter does this too).
    void searchNow();
    // The list showing what this field finds: Down (and Page Down) search now and
    // move the focus to it, its current row selected (the first when none was).
    // Enter does the same and then emits resultChosen.
    void setResultsView(QAbstractItemView *view);

signals:
    void searchRequested(const QString &text);
    // Enter with results on screen: the row now selected in the results view.
    void resultChosen(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Focuses the results on their current (or first) row; invalid when there is none.
    QModelIndex enterResults();

    QTimer *m_debounce;
    QString m_lastEmitted;
    QPointer<QAbstractItemView> m_results;
};

} // namespace ad
