#pragma once

class QMenu;

namespace ad {

class MainWindow;

// Import, case-study export and sync bundles in the main window's File menu.
// Each works on the window's current session and reloads the pages after a write.
void addIoActions(MainWindow *window, QMenu *fileMenu);
void runImportWizard(MainWindow *window);
void runCaseStudyExport(MainWindow *window);
void exportSyncBundle(MainWindow *window);
void importSyncBundle(MainWindow *window);

} // namespace ad
