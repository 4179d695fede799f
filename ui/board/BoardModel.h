#pragma once

#include "BoardColumns.h"
#include "BoardSource.h"

#include <QAbstractItemModel>
#include <QHash>

namespace ad {

class AdvocateBoardSource;
class BoardLoader;
class Services;
struct ServiceContext;

// A board as a two-level model: the top-level rows are the columns, their
// children the cards. Each column view shows one column (its root index), so
// a view only ever paints the cards on screen. Dropping cards asks for a move
// (moveRequested); the page decides, and the model reloads from the database.
// What the cards are comes from a BoardSource (advocates or requests).
//
// A column holds only the cards read so far: reload() reads every column's
// count and amount and its first page on a BoardLoader thread, and a view
// scrolled to the end of a column fetches the next page (canFetchMore). Until
// the first load arrives the columns are empty and isLoading() is true.
class BoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        AdvocateIdRole = Qt::UserRole + 1, // the card's id: an advocate's on the advocate boards
        CardIdRole = AdvocateIdRole,
        NominationIdRole,
        TitleRole,
        AccountRole,
        OwnerRole,
        TierRole, // Tier as int
        ReadinessRole,
        DaysInColumnRole,
        ArrRole, // card: the account's ARR (a request's deal size); column: the sum over its cards
        AmountRole = ArrRole,
        AskCapRole,
        ThankYouDueRole,
        CountRole,     // column: number of cards
        SoftLimitRole, // column: 0 when unset
        IsExitRole,
        ColumnKeyRole,
        FirstSourceRole = Qt::UserRole + 64, // roles a source adds for its own cards
    };
    static constexpr const char *kMimeType = "application/x-advocatedesk-cards";

    // The nomination pipeline or the advocacy journey.
    BoardModel(Services &services, BoardKind kind, QObject *parent = nullptr);
    // Any other board: the model owns the source.
    BoardModel(Services &services, std::unique_ptr<BoardSource> source, QObject *parent = nullptr);
    ~BoardModel() override;

    BoardSource *source() const { return m_source.get(); }
    // Settings name of the board ("nomination", "journey", "request").
    QString key() const { return m_source->key(); }
    const QList<BoardColumn> &columns() const { return m_columns; }
    // The advocate boards' filters; other sources filter themselves.
    const BoardFilter &filter() const { return m_filter; }
    void setFilter(const BoardFilter &filter);
    // Reads the board again in the background; what is shown stays until the
    // new cards are in (loaded() then says so).
    void reload();
    // No load has arrived yet (the columns show no counts).
    bool hasLoaded() const { return m_hasLoaded; }
    bool isLoading() const { return m_loading; }

    // Cards per page a view fetches when scrolled to the end of a column.
    static constexpr int kPageSize = 100;
    // Cards per column in the first load: more than a tall column shows.
    static constexpr int kFirstPageSize = 40;

    // Soft limits are the team's choice per column, kept in the settings.
    void setSoftLimit(int column, int limit);
    int softLimit(int column) const { return m_limits.value(column); }
    // A card's column and position among the cards read so far, or an invalid index.
    QModelIndex indexOfAdvocate(const QString &advocateId) const { return indexOfCard(advocateId); }
    QModelIndex indexOfCard(const QString &cardId) const;
    // The card's index, reading its column down to it first if it was not read
    // yet (on this thread: a user asked to see that card). Invalid when the
    // filter hides it.
    QModelIndex locateCard(const QString &cardId);
    QModelIndex columnIndex(int column) const { return index(column, 0); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // Cards from a drag, in the order they were dragged.
    static QStringList advocateIdsFrom(const QMimeData *data);

signals:
    void moveRequested(const QStringList &advocateIds, int toColumn);
    void loadFailed(const QString &message);
    // A reload's cards are in (after the model reset).
    void loaded();
    void loadingChanged(bool loading);

private:
    int targetColumn(const QModelIndex &parent) const;
    void loadLimits();
    void apply(const Result<BoardSnapshot> &snapshot);
    void append(int column, const QList<BoardItem> &cards);
    void setLoading(bool loading);

    std::unique_ptr<BoardSource> m_source;
    AdvocateBoardSource *m_advocates = nullptr; // m_source, on the advocate boards
    const ServiceContext &m_context;            // the window's connection, for locateCard
    QList<BoardColumn> m_columns;
    QList<QList<BoardItem>> m_cards;             // per column: the cards read so far
    QList<BoardColumnTotal> m_totals;            // per column: every card under the filter
    QList<bool> m_fetching;                      // per column: a page is on its way
    QList<int> m_limits;                         // per column
    QHash<QString, QPair<int, int>> m_positions; // card id -> (column, row); drags ask per move event
    BoardFilter m_filter;
    std::shared_ptr<const BoardReader> m_reader; // of the newest load
    bool m_hasLoaded = false;
    bool m_loading = false;
    std::unique_ptr<BoardLoader> m_loader; // last: goes first, before what its answers use
};

} // namespace ad
