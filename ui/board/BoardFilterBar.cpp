#include "BoardFilterBar.h"

#include "common/FlowLayout.h"
#include "common/SearchField.h"

#include <QComboBox>
#include <QToolButton>

namespace ad {

namespace {

// Refills a combo box after its "any" entry, keeping the current choice when it is still offered.
void refill(QComboBox *combo, const QString &anyText, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(anyText, QVariant());
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep >= 0 ? keep : 0);
}

} // namespace

BoardFilterBar::BoardFilterBar(QWidget *parent) : QWidget(parent), m_text(new SearchField(this))
{
    // Wraps onto a second row in a narrow window instead of widening it.
    auto *layout = new FlowLayout(this);
    m_text->setObjectName(QStringLiteral("boardSearch"));
    m_text->setPlaceholderText(tr("Filter cards"));
    m_text->setAccessibleName(tr("Filter cards by text"));
    m_text->setMaximumWidth(260);
    // The search box keeps room for its placeholder; the combos give way first.
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) + 48);
    layout->addWidget(m_text);

    m_owner = addCombo(QStringLiteral("ownerFilter"), tr("Owner CSM"));
    m_segment = addCombo(QStringLiteral("segmentFilter"), tr("Segment"));
    m_industry = addCombo(QStringLiteral("industryFilter"), tr("Industry"));
    m_region = addCombo(QStringLiteral("regionFilter"), tr("Region"));
    m_tier = addCombo(QStringLiteral("tierFilter"), tr("Tier"));

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear Filters"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAutoRaise(true);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &BoardFilterBar::clearAll);
    connect(m_text, &SearchField::searchRequested, this, [this] { emit filterChanged(filter()); });

    // Segments and tiers are fixed; the rest comes with the board's first cards.
    m_updating = true;
    QList<QPair<QString, QVariant>> segments;
    for (Segment segment : allSegmentValues())
        segments << qMakePair(displayName(segment), QVariant(keyOf(segment)));
    refill(m_segment, tr("All segments"), segments);
    QList<QPair<QString, QVariant>> tiers;
    for (Tier tier : allTierValues())
        tiers << qMakePair(displayName(tier), QVariant(keyOf(tier)));
    refill(m_tier, tr("All tiers"), tiers);
    m_updating = false;
    setChoices({});
}

QComboBox *BoardFilterBar::addCombo(const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // Long owner, industry or region names must not push the row past a 1024 px window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit filterChanged(filter());
    });
    return combo;
}

void BoardFilterBar::setChoices(const BoardFilterChoices &choices)
{
    m_updating = true;
    QList<QPair<QString, QVariant>> owners;
    for (const auto &[name, id] : choices.owners)
        owners << qMakePair(name, QVariant(id));
    refill(m_owner, tr("All owners"), owners);
    QList<QPair<QString, QVariant>> industries;
    for (const QString &value : choices.industries)
        industries << qMakePair(value, QVariant(value));
    refill(m_industry, tr("All industries"), industries);
    QList<QPair<QString, QVariant>> regions;
    for (const QString &value : choices.regions)
        regions << qMakePair(value, QVariant(value));
    refill(m_region, tr("All regions"), regions);
    m_updating = false;
}

BoardFilter BoardFilterBar::filter() const
{
    BoardFilter filter;
    filter.text = m_text->text().trimmed();
    filter.ownerId = m_owner->currentData().toString();
    if (m_segment->currentData().isValid())
        filter.segment = parseSegment(m_segment->currentData().toString());
    filter.industry = m_industry->currentData().toString();
    filter.region = m_region->currentData().toString();
    if (m_tier->currentData().isValid())
        filter.tier = parseTier(m_tier->currentData().toString());
    return filter;
}

void BoardFilterBar::clearAll()
{
    m_updating = true;
    for (QComboBox *combo : {m_owner, m_segment, m_industry, m_region, m_tier})
        combo->setCurrentIndex(0);
    m_text->clear();
    m_updating = false;
    m_text->searchNow();
    emit filterChanged(filter());
}

} // namespace ad
