#include "RequestBoard.h"

#include "RequestBoardSource.h"
#include "RequestCardDelegate.h"
#include "board/BoardColumnWidget.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/BoardView.h"
#include "common/FlowLayout.h"
#include "common/SearchField.h"

#include <QComboBox>
#include <QListView>
#include <QToolButton>

namespace ad {

RequestBoard::RequestBoard(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_text(new SearchField), m_activity(new QComboBox), m_requester(new QComboBox)
{
    setObjectName(QStringLiteral("requestBoard"));
    auto source = std::make_unique<RequestBoardSource>(services);
    m_source = source.get();
    m_page = new BoardPage(services, std::move(source), undoStack, this);
    m_page->setObjectName(QStringLiteral("requestBoardPage"));
    m_page->view()->setAccessibleName(tr("Request pipeline board"));
    m_page->view()->setCardDelegate(new RequestCardDelegate(m_page->view()));

    auto *filters = new QWidget;
    // Wraps onto a second row in a narrow window instead of widening it.
    auto *row = new FlowLayout(filters);
    m_text->setObjectName(QStringLiteral("requestBoardSearch"));
    m_text->setPlaceholderText(tr("Filter requests"));
    m_text->setAccessibleName(tr("Filter requests by text"));
    m_text->setMaximumWidth(260);
    row->addWidget(m_text);
    m_activity->setObjectName(QStringLiteral("requestActivityFilter"));
    m_activity->setAccessibleName(tr("Activity type"));
    m_requester->setObjectName(QStringLiteral("requesterFilter"));
    m_requester->setAccessibleName(tr("Requester"));
    for (QComboBox *combo : {m_activity, m_requester}) {
        combo->setToolTip(combo->accessibleName());
        // Long activity names or requesters must not push the rest off the row.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        row->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                applyFilter();
        });
    }
    auto *clear = new QToolButton(filters);
    clear->setText(tr("Clear Filters"));
    clear->setAutoRaise(true);
    row->addWidget(clear);
    m_page->addToolbar(filters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);

    connect(m_text, &SearchField::searchRequested, this, &RequestBoard::applyFilter);
    connect(clear, &QToolButton::clicked, this, [this] {
        m_updating = true;
        m_text->clear();
        m_activity->setCurrentIndex(0);
        m_requester->setCurrentIndex(0);
        m_updating = false;
        applyFilter();
    });
    connect(m_page, &BoardPage::advocateActivated, this, &RequestBoard::requestActivated);
    connect(m_page->model(), &QAbstractItemModel::modelReset, this, &RequestBoard::refillChoices);
    connect(m_page->model(), &QAbstractItemModel::modelReset, this, &RequestBoard::currentChanged);
    for (int column = 0; column < m_page->model()->columns().size(); ++column)
        connect(m_page->view()->columnWidget(column)->list()->selectionModel(),
                &QItemSelectionModel::selectionChanged, this, &RequestBoard::currentChanged);
    refillChoices();
}

QString RequestBoard::currentRequestId() const
{
    const QStringList ids = m_page->view()->selectedAdvocateIds();
    return ids.size() == 1 ? ids.first() : QString();
}

void RequestBoard::reload()
{
    m_page->reload();
}

void RequestBoard::applyFilter()
{
    m_source->setFilter(RequestBoardFilter{m_text->text().trimmed(), m_activity->currentData().toString(),
                                           m_requester->currentData().toString()});
    m_page->model()->reload();
}

void RequestBoard::refillChoices()
{
    // The choices come from every request, filtered or not, so a filter never hides its own choice.
    m_updating = true;
    const QString activity = m_activity->currentData().toString();
    const QString requester = m_requester->currentData().toString();
    m_activity->clear();
    m_activity->addItem(tr("Any activity"), QString());
    QList<QPair<QString, QString>> types;
    for (auto it = m_source->activityNames().cbegin(); it != m_source->activityNames().cend(); ++it)
        types << qMakePair(it.value(), it.key());
    std::sort(types.begin(), types.end());
    for (const auto &[name, id] : std::as_const(types))
        m_activity->addItem(name, id);
    m_requester->clear();
    m_requester->addItem(tr("Any requester"), QString());
    for (const QString &name : m_source->requesters())
        m_requester->addItem(name, name);
    m_activity->setCurrentIndex(qMax(0, m_activity->findData(activity)));
    m_requester->setCurrentIndex(qMax(0, m_requester->findData(requester)));
    m_updating = false;
}

} // namespace ad
