#pragma once

#include <QLineEdit>

class QTimer;

namespace ad {

// A search box that waits for a pause in typing before searching, so a fast
// typist does not run one query per key. Escape clears it.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    explicit SearchField(QWidget *parent = nullptr);

    // Searches now with the current text, skipping the pause (Enter does this too).
    void searchNow();

signals:
    void searchRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer *m_debounce;
    QString m_lastEmitted;
};

} // namespace ad
