#pragma once

class QMenu;

namespace ad {

class MainWindow;

// File → Back Up Database… and File → Restore from Backup…, plus the watcher
// that reloads the pages when another program changes the open file and warns
// when the file is removed or replaced under the window.
void addBackupActions(MainWindow *window, QMenu *fileMenu);
void backUpDatabase(MainWindow *window);
void restoreFromBackup(MainWindow *window);
// The next restore confirmation answers `answer` without showing.
void setRestoreConfirmationForTesting(bool answer);

} // namespace ad
