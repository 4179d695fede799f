#pragma once

#include "PageStack.h"
#include "common/EmptyState.h"

namespace ad {

// What a sidebar page shows while the file holds no advocates yet: what the
// page is for, and the step that fills it (demo data, an import, a nomination).
class EmptyFileState : public EmptyState
{
    Q_OBJECT

public:
    EmptyFileState(PageStack::Page page, QWidget *parent = nullptr);

signals:
    void loadDemoRequested();
    void importRequested();
    void nominateRequested();

private:
    void offerDemoAndImport();
};

} // namespace ad
