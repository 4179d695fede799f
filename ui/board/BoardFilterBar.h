#pragma once

#include "services/BoardService.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace ad {

class SearchField;
class Services;

// The filters every board offers: owner CSM, segment, industry, region, tier
// and text. Emits the whole filter whenever one of them changes.
class BoardFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit BoardFilterBar(Services &services, QWidget *parent = nullptr);

    BoardFilter filter() const;
    SearchField *searchField() const { return m_text; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *industryBox() const { return m_industry; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *tierBox() const { return m_tier; }
    // Re-reads the owners, industries and regions on offer.
    void reloadChoices();

signals:
    void filterChanged(const ad::BoardFilter &filter);

private:
    QComboBox *addCombo(const QString &objectName, const QString &accessibleName);
    void clearAll();

    Services &m_services;
    SearchField *m_text;
    QComboBox *m_owner;
    QComboBox *m_segment;
    QComboBox *m_industry;
    QComboBox *m_region;
    QComboBox *m_tier;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace ad
