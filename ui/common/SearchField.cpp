#include "SearchField.h"

#include <QAbstractItemView>
#include <QAction>
#include <QIcon>
#include <QItemSelectionModel>
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

void SearchField::setResultsView(QAbstractItemView *view)
{
    m_results = view;
}

QModelIndex SearchField::enterResults()
{
    if (!m_results || !m_results->model() || !m_results->isVisible())
        return {};
    QAbstractItemModel *model = m_results->model();
    if (model->rowCount() == 0)
        return {};
    QModelIndex row = m_results->currentIndex();
    if (!row.isValid())
        row = model->index(0, 0);
    m_results->setFocus(Qt::TabFocusReason);
    m_results->selectionModel()->setCurrentIndex(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_results->scrollTo(row);
    return row;
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        searchNow();
        return;
    }
    // The keypad's Enter carries KeypadModifier; any other modifier means something else.
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (m_results && plain && (key == Qt::Key_Down || key == Qt::Key_PageDown)) {
        searchNow(); // what is typed, not what was found a pause ago
        if (enterResults().isValid())
            return;
    }
    if (m_results && plain && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        QLineEdit::keyPressEvent(event); // searches now (returnPressed)
        if (const QModelIndex row = enterResults(); row.isValid())
            emit resultChosen(row);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace ad
