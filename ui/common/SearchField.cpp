#include "SearchField.h"

#include <QAction>
#include <QIcon>
#include <QKeyEvent>
#include <QTimer>

namespace ad {

SearchField::SearchField(QWidget *parent) : QLineEdit(parent), m_debounce(new QTimer(this))
{
    setClearButtonEnabled(true);
    addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(this, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchField::searchNow);
    connect(this, &QLineEdit::returnPressed, this, &SearchField::searchNow);
}

void SearchField::searchNow()
{
    m_debounce->stop();
    const QString current = text().trimmed();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    emit searchRequested(current);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        searchNow();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace ad
