#include "FeedbackPage.h"

#include "FeedbackDialog.h"
#include "FeedbackModel.h"
#include "common/ErrorMessage.h"
#include "common/ListTable.h"
#include "common/PageTitle.h"
#include "common/SearchField.h"
#include "common/UndoableRecords.h"
#include "rules/NominationRules.h"
#include "services/Services.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ad {

namespace {

std::optional<QString> askForEvidence(QWidget *parent, const QString &suggested)
{
    bool ok = false;
    const QString evidence =
        QInputDialog::getMultiLineText(parent, FeedbackPage::tr("Nominate"),
                                       FeedbackPage::tr("Evidence for the nomination:"), suggested, &ok);
    return ok ? std::optional<QString>(evidence) : std::nullopt;
}

} // namespace

FeedbackPage::FeedbackPage(Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new FeedbackModel(services, this)),
      m_search(new SearchField(this)), m_source(new QComboBox(this)), m_sentiment(new QComboBox(this)),
      m_table(new QTableView(this)), m_nominate(new QPushButton(tr("Nominate"), this)),
      m_evidencePrompt(&askForEvidence)
{
    setObjectName(QStringLiteral("feedbackPage"));
    QLabel *title = makePageTitle(tr("Voice of the customer"), this);

    m_search->setPlaceholderText(tr("Search feedback, tags, people and accounts"));
    m_search->setAccessibleName(tr("Search feedback"));
    m_search->setMaximumWidth(360);
    m_source->setAccessibleName(tr("Source"));
    m_source->addItem(tr("All sources"), QString());
    if (Result<QStringList> sources = services.feedback().sources())
        for (const QString &source : *sources)
            m_source->addItem(source, source);
    m_sentiment->setObjectName(QStringLiteral("sentimentFilter"));
    m_sentiment->setAccessibleName(tr("Sentiment"));
    m_sentiment->addItem(tr("Any sentiment"), QString());
    for (Sentiment sentiment : allSentimentValues())
        m_sentiment->addItem(displayName(sentiment), keyOf(sentiment));
    auto *add = new QPushButton(tr("Add Feedback…"), this);
    m_nominate->setObjectName(QStringLiteral("nominateFromFeedback"));
    m_nominate->setToolTip(tr("Nominate the advocate behind a positive item"));

    // Title and actions on one row, the filters under them: the page fits a
    // 1024 px window in every language.
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(add);
    bar->addWidget(m_nominate);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_source);
    filters->addWidget(m_sentiment);
    filters->addStretch();

    m_table->setObjectName(QStringLiteral("feedbackTable"));
    m_table->setAccessibleName(tr("Feedback items"));
    m_table->setModel(m_model);
    styleAsList(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : {FeedbackModel::DateColumn, FeedbackModel::SourceColumn, FeedbackModel::RatingColumn,
                       FeedbackModel::SentimentColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(FeedbackModel::WhoColumn, 260);
    header->setSectionResizeMode(FeedbackModel::TextColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &SearchField::searchRequested, this, &FeedbackPage::applyFilter);
    m_search->setResultsView(m_table); // Down and Enter go on to the items found
    connect(m_source, &QComboBox::currentIndexChanged, this, &FeedbackPage::applyFilter);
    connect(m_sentiment, &QComboBox::currentIndexChanged, this, &FeedbackPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &FeedbackPage::addFeedback);
    connect(m_nominate, &QPushButton::clicked, this, &FeedbackPage::nominateSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeedbackPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedbackPage::updateActions);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString advocateId = index.data(FeedbackModel::AdvocateIdRole).toString();
        if (!advocateId.isEmpty())
            emit advocateActivated(advocateId);
    });
    updateActions();
}

void FeedbackPage::reload()
{
    m_model->reload();
}

void FeedbackPage::applyFilter()
{
    FeedbackFilter filter;
    filter.text = m_search->text().trimmed();
    filter.source = m_source->currentData().toString();
    if (const QString sentiment = m_sentiment->currentData().toString(); !sentiment.isEmpty())
        filter.sentiment = parseSentiment(sentiment);
    m_model->setFilter(filter);
}

void FeedbackPage::updateActions()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool positiveFromSomeone =
        current.isValid() && current.data(FeedbackModel::SentimentRole).toInt() == int(Sentiment::Positive) &&
        !current.data(FeedbackModel::AdvocateIdRole).toString().isEmpty();
    m_nominate->setEnabled(positiveFromSomeone);
}

bool FeedbackPage::nominateSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return false;
    const FeedbackItem &item = m_model->row(current.row()).item;
    if (item.sentiment != Sentiment::Positive || item.advocateId.isEmpty())
        return false;
    const QString suggested = item.rating
                                  ? tr("%1 review, rated %2: “%3”")
                                        .arg(item.source, QLocale().toString(*item.rating, 'g', 3), item.body)
                                  : tr("%1: “%2”").arg(item.source, item.body);
    const std::optional<QString> evidence = m_evidencePrompt(this, suggested);
    if (!evidence)
        return false;
    QString name = item.advocateId;
    if (Result<Advocate> advocate = m_services.advocates().get(item.advocateId))
        name = advocate->name;
    if (Status status = nominateUndoably(m_undoStack, m_services, item.advocateId, name, *evidence); !status) {
        showError(this, tr("Nominate"), status.error());
        return false;
    }
    emit advocateChanged(item.advocateId);
    return true;
}

void FeedbackPage::addFeedback()
{
    FeedbackDialog dialog(m_services, this);
    dialog.setUndoStack(m_undoStack);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

} // namespace ad
