#pragma once

#include <optional>

class QMenu;

namespace ad {

class MainWindow;

// Import, case-study export and sync bundles in the main window's File menu.
// Each works on the window's current session and reloads the pages after a write.
void addIoActions(MainWindow *window, QMenu *fileMenu);
void runImportWizard(MainWindow *window);
void runCaseStudyExport(MainWindow *window);
// `full`: every row, not only the changes since this file's last export.
void exportSyncBundle(MainWindow *window, bool full);
void importSyncBundle(MainWindow *window);

} // namespace ad
