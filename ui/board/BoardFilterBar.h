#pragma once

#include "services/BoardService.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace ad {

class SearchField;

// What the owner, industry and region filters offer: read from the programme
// with the board's cards (on its loader thread).
struct BoardFilterChoices
{
    QList<QPair<QString, QString>> owners; // name, user id: the CSMs
    QStringList industries;
    QStringList regions;
};

// The filters every board offers: owner CSM, segment, industry, region, tier
// and text. Emits the whole filter whenever one of them changes.
class BoardFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit BoardFilterBar(QWidget *parent = nullptr);

    BoardFilter filter() const;
    SearchField *searchField() const { return m_text; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *industryBox() const { return m_industry; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *tierBox() const { return m_tier; }
    // The owners, industries and regions on offer; what is chosen stays chosen.
    void setChoices(const BoardFilterChoices &choices);

signals:
    void filterChanged(const ad::BoardFilter &filter);

private:
    QComboBox *addCombo(const QString &objectName, const QString &accessibleName);
    void clearAll();

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

Q_DECLARE_METATYPE(ad::BoardFilterChoices)
