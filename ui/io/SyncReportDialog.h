#pragma once

#include "io/SyncReport.h"

#include <QDialog>

namespace ad {

// What merging a colleague's sync bundle did: the counts and each conflict.
class SyncReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncReportDialog(const SyncReport &report, QWidget *parent = nullptr);
    // "12 new, 3 updated, …": the counts in one paragraph.
    static QString summary(const SyncReport &report);
};

} // namespace ad
